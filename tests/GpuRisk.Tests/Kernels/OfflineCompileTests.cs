using GpuRisk.Kernels.Compilation;

namespace GpuRisk.Tests.Kernels;

/// <summary>Every kernel of the catalog compiles for CUDA (PTX) and OpenCL C with no GPU present.</summary>
public sealed class OfflineCompileTests
{
    public static TheoryData<string> Entries()
    {
        var data = new TheoryData<string>();
        foreach (KernelEntry e in KernelCatalog.All)
        {
            data.Add(e.Name);
        }
        return data;
    }

    private static KernelEntry Find(string name) => KernelCatalog.All.Single(e => e.Name == name);

    [Theory]
    [MemberData(nameof(Entries))]
    public void Compiles_to_ptx(string name)
    {
        string ptx = OfflineKernelCompiler.CompilePtx(Find(name).Method);
        Assert.Contains(".entry", ptx);
    }

    [Theory]
    [MemberData(nameof(Entries))]
    public void Compiles_to_opencl_c(string name)
    {
        string source = OfflineKernelCompiler.CompileOpenCL(Find(name).Method);
        Assert.Contains("kernel", source);
    }
}
