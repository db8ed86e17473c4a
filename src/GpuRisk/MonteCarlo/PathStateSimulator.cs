using System.Numerics;
using GpuRisk.Devices;
using GpuRisk.Kernels.Numerics;
using GpuRisk.Kernels.Paths;
using ILGPU;
using ILGPU.Runtime;

namespace GpuRisk.MonteCarlo;

/// <summary>
/// Simulates paths to a horizon on the device and returns only each path's horizon state, for
/// horizon revaluation (VaR, gap risk) and for checks of the joint law (correlation, regimes).
/// Call it per underlying with the same seed and path range: the passes share the spot drivers'
/// e_j and the regime path, so the outputs are jointly distributed as the model says.
/// </summary>
public static class PathStateSimulator
{
    /// <summary>Runs <paramref name="request"/> on <paramref name="session"/>.</summary>
    /// <exception cref="ArgumentException">More steps than the grid has, or an initial regime out of range.</exception>
    public static PathStates Simulate(DeviceSession session, StateRequest request) =>
        request.Steps > request.Grid.Steps || request.Steps < 0
            ? throw new ArgumentException($"{request.Steps} steps asked of a {request.Grid.Steps}-step grid", nameof(request))
        : request.InitialRegime < 0 || request.InitialRegime >= request.Regimes.Count
            ? throw new ArgumentException($"initial regime {request.InitialRegime} out of range", nameof(request))
        : request.Precision == Precision.Double
            ? Simulate<double, DoubleMath>(session, request)
            : Simulate<float, FloatMath>(session, request);

    /// <summary>
    /// Threads per state launch: enough to fill a large GPU (132 SMs x 2048 threads is ~270k), few
    /// enough that the CPU accelerator's per-thread cost stays small next to the paths' work.
    /// </summary>
    public const int GpuLaunchThreads = 1 << 18;

    /// <summary>Threads per launch on <paramref name="accelerator"/>: 64 logical threads per CPU thread, else <see cref="GpuLaunchThreads"/>.</summary>
    public static int LaunchThreadsFor(Accelerator accelerator) =>
        accelerator.AcceleratorType == AcceleratorType.CPU ? 64 * accelerator.MaxNumThreads : GpuLaunchThreads;

    /// <summary>The loaded kernel delegate (load once per session, launch many times).</summary>
    internal static Action<Index1D, ArrayView<StepCoefficients<T>>, ArrayView<T>, ArrayView<T>, ArrayView<T>, ArrayView<T>,
        ArrayView<int>, StatePass<T>> Load<T, TMath>(Accelerator accelerator)
        where T : unmanaged, INumber<T> where TMath : struct, IRealMath<T> =>
        accelerator.LoadAutoGroupedStreamKernel<Index1D, ArrayView<StepCoefficients<T>>, ArrayView<T>, ArrayView<T>,
            ArrayView<T>, ArrayView<T>, ArrayView<int>, StatePass<T>>(StateKernel.SimulateStates<T, TMath>);

    private static PathStates Simulate<T, TMath>(DeviceSession session, StateRequest request)
        where T : unmanaged, INumber<T> where TMath : struct, IRealMath<T>
    {
        Accelerator accelerator = session.Accelerator;
        var kernel = Load<T, TMath>(accelerator);
        using var coefficients = accelerator.Allocate1D(StepCoefficientTable.Build<T>(request.Grid, request.Regimes));
        using var cdf = accelerator.Allocate1D(StepCoefficientTable.Cumulative<T>(request.TransitionPerDay));
        using var cholesky = accelerator.Allocate1D(request.CholeskyRow.Take(request.Underlying + 1).Select(T.CreateChecked).ToArray());
        using var logSpot = accelerator.Allocate1D<T>(request.PathCount);
        using var variance = accelerator.Allocate1D<T>(request.PathCount);
        using var regime = accelerator.Allocate1D<int>(request.PathCount);
        StatePass<T> pass = Pass<T>(request, accelerator);
        kernel(pass.Threads, coefficients.View, cdf.View, cholesky.View, logSpot.View, variance.View, regime.View, pass);
        return new PathStates(
            logSpot.GetAsArray1D().Select(double.CreateChecked).ToArray(),
            variance.GetAsArray1D().Select(double.CreateChecked).ToArray(),
            regime.GetAsArray1D());
    }

    internal static StatePass<T> Pass<T>(StateRequest request, Accelerator accelerator) where T : unmanaged, INumber<T> => new()
    {
        Seed = request.Seed,
        PathStart = request.PathStart,
        PathCount = request.PathCount,
        Threads = Math.Max(1, Math.Min(request.PathCount, LaunchThreadsFor(accelerator))),
        Underlying = request.Underlying,
        SimulatedSteps = request.Steps,
        RegimeCount = request.Regimes.Count,
        InitialRegime = request.InitialRegime,
        HorizonDay = request.HorizonDay,
        Jumps = request.Regimes.Any(r => r.HasJumps) ? 1 : 0,
        V0 = T.CreateChecked(request.Regimes[request.InitialRegime].V0),
    };
}
