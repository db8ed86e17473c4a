using System.Diagnostics;
using GpuRisk.Devices;
using GpuRisk.Kernels.Math;
using GpuRisk.Kernels.Paths;
using ILGPU;
using ILGPU.Runtime;

namespace GpuRisk.MonteCarlo;

/// <summary>Throughput of the simulation stage, as <c>gpurisk bench</c> reports it.</summary>
/// <param name="Name">Stage name ("simulation").</param>
/// <param name="Device">Device name.</param>
/// <param name="Paths">Paths per run.</param>
/// <param name="Steps">Steps per path.</param>
/// <param name="ColdSeconds">First run, kernel compile and load included.</param>
/// <param name="WarmSeconds">Best of the following runs.</param>
public sealed record SimulationStageTiming(string Name, string Device, long Paths, int Steps, double ColdSeconds, double WarmSeconds)
{
    /// <summary>Warm path-steps per second.</summary>
    public double PathStepsPerSecond => Paths * (double)Steps / WarmSeconds;

    /// <summary>Cold path-steps per second.</summary>
    public double ColdPathStepsPerSecond => Paths * (double)Steps / ColdSeconds;
}

/// <summary>
/// Measures the path kernel: single-asset Heston (QE, martingale correction) in float, the
/// horizon-state kernel over <c>paths</c> x <c>steps</c> daily steps. Stopwatch timing is
/// measurement, not library logic; nothing here feeds a result.
/// </summary>
public static class SimulationBenchmark
{
    /// <summary>Crypto-like Heston parameters used by the benchmark (Feller violated).</summary>
    public static DiffusionParameters Model { get; } = new(0.04, 0.36, 2.0, 0.40, 1.5, -0.5, 0, 0, 0);

    /// <summary>Times one cold and <paramref name="warmRuns"/> warm runs on <paramref name="session"/>.</summary>
    public static SimulationStageTiming Measure(DeviceSession session, int paths = 1 << 20, int steps = 64, int warmRuns = 3)
    {
        Accelerator accelerator = session.Accelerator;
        var grid = TimeGrid.Uniform(steps, 1);
        var request = new StateRequest(0, [1.0], [Model], [[1.0]], 0, grid, steps, steps, 0, paths, 1234);
        var watch = Stopwatch.StartNew();
        var kernel = PathStateSimulator.Load<float, FloatMath>(accelerator);
        using var coefficients = accelerator.Allocate1D(StepCoefficientTable.Build<float>(grid, [Model]));
        using var cdf = accelerator.Allocate1D(new[] { 1f });
        using var cholesky = accelerator.Allocate1D(new[] { 1f });
        using var logSpot = accelerator.Allocate1D<float>(paths);
        using var variance = accelerator.Allocate1D<float>(paths);
        using var regime = accelerator.Allocate1D<int>(paths);
        StatePass<float> pass = PathStateSimulator.Pass<float>(request);
        void Launch()
        {
            kernel(paths, coefficients.View, cdf.View, cholesky.View, logSpot.View, variance.View, regime.View, pass);
            accelerator.Synchronize();
        }
        Launch();
        double cold = watch.Elapsed.TotalSeconds;
        double warm = double.MaxValue;
        for (int i = 0; i < warmRuns; i++)
        {
            watch.Restart();
            Launch();
            warm = Math.Min(warm, watch.Elapsed.TotalSeconds);
        }
        return new SimulationStageTiming("simulation", session.Name, paths, steps, cold, warm);
    }
}
