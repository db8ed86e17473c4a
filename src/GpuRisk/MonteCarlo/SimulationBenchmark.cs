using System.Diagnostics;
using GpuRisk.Devices;

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

    /// <summary>Times one cold run (compile and load included) and the best of <paramref name="warmRuns"/> warm runs.</summary>
    public static SimulationStageTiming Measure(DeviceSession session, int paths = 1 << 20, int steps = 64, int warmRuns = 3)
    {
        var watch = Stopwatch.StartNew();
        using var simulation = new PreparedSimulation(session, paths, steps);
        simulation.Run();
        double cold = watch.Elapsed.TotalSeconds;
        double warm = double.MaxValue;
        for (int i = 0; i < warmRuns; i++)
        {
            watch.Restart();
            simulation.Run();
            warm = Math.Min(warm, watch.Elapsed.TotalSeconds);
        }
        return new SimulationStageTiming("simulation", session.Name, paths, steps, cold, warm);
    }
}
