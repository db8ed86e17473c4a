using GpuRisk.Stress;
using ILGPU;
using ILGPU.Runtime;
using ILGPU.Runtime.CPU;

namespace GpuRisk.Tests.Stress;

/// <summary>
/// One ILGPU context, CPU accelerator and loaded stress engine shared by the stress tests (compiling the
/// kernels costs ~100 ms; sharing keeps the suite fast). Two threads per warp, one warp, one
/// multiprocessor: sized to the 2-core CI machine (see the ILGPU field notes).
/// </summary>
public sealed class CpuAcceleratorFixture : IDisposable
{
    public CpuAcceleratorFixture()
    {
        Context = Context.Create(b => b.CPU(new CPUDevice(2, 1, 1)).EnableAlgorithms());
        Accelerator = Context.CreateCPUAccelerator(0);
        Engine = new StressEngine(Accelerator);
    }

    public Context Context { get; }

    public Accelerator Accelerator { get; }

    public StressEngine Engine { get; }

    public void Dispose()
    {
        Accelerator.Dispose();
        Context.Dispose();
    }
}
