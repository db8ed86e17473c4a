using System.Numerics;
using GpuRisk.Devices;
using GpuRisk.Kernels.Numerics;
using GpuRisk.Kernels.Paths;
using ILGPU;
using ILGPU.Runtime;

namespace GpuRisk.MonteCarlo;

/// <summary>Launches the one path kernel (<see cref="WalkKernel"/>) with an observer, loading it once per session.</summary>
public static class PathWalk
{
    /// <summary>
    /// Threads per walk launch on a GPU: enough to fill a large one (132 SMs x 2048 threads is ~270k). The CPU
    /// accelerator pays per launched thread, so it gets 64 logical threads per hardware thread.
    /// </summary>
    public const int GpuLaunchThreads = 1 << 18;

    /// <summary>Threads per launch on <paramref name="accelerator"/> for stages free to choose.</summary>
    public static int LaunchThreadsFor(Accelerator accelerator) =>
        accelerator.AcceleratorType == AcceleratorType.CPU ? 64 * accelerator.MaxNumThreads : GpuLaunchThreads;

    /// <summary>Walks the chunk of <paramref name="inputs"/> with <paramref name="observer"/> and waits for the device.</summary>
    public static void Run<T, TMath, TObserver>(DeviceSession session, in WalkInputs<T> inputs, TObserver observer)
        where T : unmanaged, INumber<T> where TMath : struct, IRealMath<T> where TObserver : struct, IPathObserver<T>
    {
        var kernel = session.Kernels.Get(nameof(WalkKernel), accelerator =>
            accelerator.LoadAutoGroupedStreamKernel<Index1D, WalkInputs<T>, TObserver>(WalkKernel.Run<T, TMath, TObserver>));
        kernel(inputs.Threads, inputs, observer);
        session.Accelerator.Synchronize();
    }
}
