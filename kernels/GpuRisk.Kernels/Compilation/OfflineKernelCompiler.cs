using System.Reflection;
using ILGPU;
using ILGPU.Backends.EntryPoints;
using ILGPU.Backends.OpenCL;
using ILGPU.Backends.PTX;
using ILGPU.Runtime;
using ILGPU.Runtime.Cuda;
using ILGPU.Runtime.OpenCL;

namespace GpuRisk.Kernels.Compilation;

/// <summary>
/// Compiles kernels to PTX and to OpenCL C with no GPU present, by driving ILGPU's backends
/// directly. Each call uses a fresh <see cref="Context"/>: in ILGPU 1.5.3 a failed compile
/// poisons its context (later compiles throw IndexOutOfRangeException).
/// </summary>
public static class OfflineKernelCompiler
{
    /// <summary>PTX assembly of an implicitly grouped kernel for sm_70 / PTX ISA 7.0 (Volta and later).</summary>
    public static string CompilePtx(MethodInfo kernel)
    {
        using var context = Context.Create(builder => builder.Default().EnableAlgorithms());
        using var backend = new PTXBackend(context, new CudaCapabilityContext(CudaArchitecture.SM_70),
            CudaArchitecture.SM_70, CudaInstructionSet.ISA_70, nvvmAPI: null!);
        var entry = EntryPointDescription.FromImplicitlyGroupedKernel(kernel);
        var compiled = (PTXCompiledKernel)backend.Compile(entry, KernelSpecialization.Empty);
        return compiled.PTXAssembly;
    }

    /// <summary>OpenCL C 2.0 source of an implicitly grouped kernel for a device with doubles and generic addressing.</summary>
    public static string CompileOpenCL(MethodInfo kernel)
    {
        using var context = Context.Create(builder => builder.Default().EnableAlgorithms());
        var capabilities = new CLCapabilityContext(true, true, true, true, true);
        using var backend = new CLBackend(context, capabilities, CLDeviceVendor.Other, CLCVersion.CL20);
        var entry = EntryPointDescription.FromImplicitlyGroupedKernel(kernel);
        var compiled = (CLCompiledKernel)backend.Compile(entry, KernelSpecialization.Empty);
        return compiled.Source;
    }
}
