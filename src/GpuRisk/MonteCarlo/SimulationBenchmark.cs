using System.Diagnostics;
using GpuRisk.Devices;
using GpuRisk.Kernels.Models;
using GpuRisk.Kernels.Numerics;

namespace GpuRisk.MonteCarlo;

/// <summary>Throughput of the simulation stage, as <c>gpurisk bench</c> reports it.</summary>
/// <param name="Name">Stage name ("simulation").</param>
/// <param name="Device">Device name.</param>
/// <param name="Paths">Paths per run.</param>
/// <param name="Steps">Steps per path.</param>
/// <param name="ColdSeconds">First run, kernel compile and load included.</param>
/// <param name="WarmSeconds">Best of the following runs.</param>
/// <param name="WarmCpuSeconds">
/// Least processor time (every thread of the process) of the following runs: the work itself, whatever else the
/// machine runs meanwhile, so a ratio of throughputs per CPU-second holds on a shared machine where wall time
/// does not.
/// </param>
public sealed record SimulationStageTiming(string Name, string Device, long Paths, int Steps, double ColdSeconds, double WarmSeconds,
    double WarmCpuSeconds)
{
    /// <summary>Warm path-steps per second.</summary>
    public double PathStepsPerSecond => Paths * (double)Steps / WarmSeconds;

    /// <summary>Cold path-steps per second.</summary>
    public double ColdPathStepsPerSecond => Paths * (double)Steps / ColdSeconds;
}

/// <summary>
/// Measures the path walker: single-asset Heston (QE, martingale correction) in float, <c>paths</c> x
/// <c>steps</c> daily steps, the final state recorded per path. Stopwatch timing is measurement, not library
/// logic; nothing here feeds a result.
/// </summary>
public static class SimulationBenchmark
{
    /// <summary>Crypto-like Heston parameters used by the benchmark (Feller violated).</summary>
    public static UnderlyingDynamics Model { get; } = new(0.04, 0.36, 2.0, 0.40, 1.5, -0.5, 0, 0, 0);

    /// <summary>The benchmark's walk: one slot, <paramref name="steps"/> daily steps, the last one observed.</summary>
    public static WalkPlan Plan(int steps)
    {
        var observed = new bool[steps];
        observed[^1] = true;
        return new WalkPlan(TimeGrid.Uniform(steps, 1), steps, [new WalkSlot(0, [Model], steps - 1)], [[1.0]], [[1.0]], 0,
            [CoefficientVariantSpec.Base], 1, observed);
    }

    /// <summary>Times one cold run (compile and load included) and the best of <paramref name="warmRuns"/> warm runs.</summary>
    public static SimulationStageTiming Measure(DeviceSession session, int paths = 1 << 20, int steps = 64, int warmRuns = 3)
    {
        var watch = Stopwatch.StartNew();
        using var simulation = new StateSimulation.Prepared<float, FloatMath>(session, Plan(steps), 0, paths, 1234);
        simulation.Run();
        double cold = watch.Elapsed.TotalSeconds;
        double warm = double.MaxValue, warmCpu = double.MaxValue;
        using var process = Process.GetCurrentProcess();
        for (int i = 0; i < warmRuns; i++)
        {
            process.Refresh();
            TimeSpan cpu = process.TotalProcessorTime;
            watch.Restart();
            simulation.Run();
            warm = Math.Min(warm, watch.Elapsed.TotalSeconds);
            process.Refresh();
            warmCpu = Math.Min(warmCpu, (process.TotalProcessorTime - cpu).TotalSeconds);
        }
        return new SimulationStageTiming("simulation", session.Name, paths, steps, cold, warm, warmCpu);
    }
}
