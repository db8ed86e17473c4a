using System.Numerics;
using System.Runtime.CompilerServices;
using GpuRisk.Devices;
using GpuRisk.Kernels.Lanes;
using GpuRisk.Kernels.Numerics;
using GpuRisk.Kernels.Paths;
using GpuRisk.Kernels.Revaluation;
using ILGPU;
using ILGPU.Runtime;

namespace GpuRisk.MonteCarlo;

/// <summary>
/// Launches the one path walk with an observer: on the host's SIMD lanes (<see cref="LaneWalker"/>) in a cpu-simd
/// session when the observer has a lane version, otherwise the ILGPU kernel (<see cref="WalkKernel"/>, loaded once
/// per session).
/// </summary>
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

    /// <summary>
    /// Threads per launch in <paramref name="session"/> for stages free to choose: for SIMD lanes, 64 lane groups
    /// per core (small enough tasks to balance cores that other work also uses).
    /// </summary>
    public static int LaunchThreadsFor(DeviceSession session) =>
        session.Simd is { } simd ? 64 * simd.Width * simd.Workers : LaunchThreadsFor(session.Accelerator);

    /// <summary>Walks the chunk of <paramref name="inputs"/> with <paramref name="observer"/> and waits for the device.</summary>
    public static void Run<T, TMath, TObserver>(DeviceSession session, in WalkInputs<T> inputs, TObserver observer)
        where T : unmanaged, INumber<T> where TMath : struct, IRealMath<T> where TObserver : struct, IPathObserver<T>
    {
        if (session.Simd is { } simd)
        {
            if (RunOnLanes(simd, inputs, observer)) return;
            session.FallBack($"the path walk with {typeof(TObserver).Name.Split('`')[0]} in {(typeof(T) == typeof(float) ? "float" : "double")}");
        }
        var kernel = session.Kernels.Get(nameof(WalkKernel), accelerator =>
            accelerator.LoadAutoGroupedStreamKernel<Index1D, WalkInputs<T>, TObserver>(WalkKernel.Run<T, TMath, TObserver>));
        kernel(inputs.Threads, inputs, observer);
        session.Accelerator.Synchronize();
    }

    /// <summary>
    /// The observers with a lane version, in float: the expiry recorder (Monte Carlo pricing), the state recorder and
    /// the horizon engine's book recorder.
    /// </summary>
    private static bool RunOnLanes<T, TObserver>(SimdLanes simd, in WalkInputs<T> inputs, TObserver observer)
        where T : unmanaged where TObserver : struct
    {
        if (typeof(T) != typeof(float)) return false;
        ref readonly WalkInputs<float> floats = ref Unsafe.As<WalkInputs<T>, WalkInputs<float>>(ref Unsafe.AsRef(in inputs));
        switch (observer)
        {
            case ExpiryRecorder<float, FloatMath> expiries:
                LaneWalker.Run(floats, new ExpiryLanes(expiries), simd.Workers);
                return true;
            case StateRecorder<float, FloatMath> states:
                LaneWalker.Run(floats, new StateLanes(states), simd.Workers);
                return true;
            case BookRecorder<float, FloatMath> book:
                LaneWalker.Run(floats, new BookLanes(book), simd.Workers);
                return true;
            default:
                return false;
        }
    }
}
