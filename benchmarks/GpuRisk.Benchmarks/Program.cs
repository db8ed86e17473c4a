using BenchmarkDotNet.Running;
using GpuRisk.Devices;
using GpuRisk.MonteCarlo;

if (args.Length > 0 && args[0] == "--quick")
{
    // A quick measurement without BenchmarkDotNet: the library entry point `gpurisk bench` uses.
    using DeviceSession session = DeviceSelector.Open(DeviceKind.Auto);
    int paths = args.Length > 1 ? int.Parse(args[1]) : 1 << 20;
    int steps = args.Length > 2 ? int.Parse(args[2]) : 64;
    SimulationStageTiming t = SimulationBenchmark.Measure(session, paths, steps);
    Console.WriteLine($"{t.Device}: {t.Paths} paths x {t.Steps} steps: cold {t.ColdSeconds:F3}s, warm {t.WarmSeconds:F3}s, " +
                      $"{t.PathStepsPerSecond / 1e6:F1} M path-steps/s warm ({t.ColdPathStepsPerSecond / 1e6:F1} cold)");
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
