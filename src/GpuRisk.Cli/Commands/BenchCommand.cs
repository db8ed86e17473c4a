using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using GpuRisk.Devices;
using GpuRisk.Hedging;
using GpuRisk.Horizon;
using GpuRisk.IO;
using GpuRisk.MonteCarlo;
using GpuRisk.Output;
using GpuRisk.Stress;
using ILGPU.Runtime;

namespace GpuRisk.Cli.Commands;

/// <summary>
/// <c>gpurisk bench</c>: throughput of each stage on the chosen device, cold (compile and load included)
/// and warm; on cpu-simd the simulation also on the CPU accelerator, for the ratio. A measurement for people,
/// never a test.
/// </summary>
public static class BenchCommand
{
    /// <summary>Builds the command; it reports through <paramref name="terminal"/>.</summary>
    public static Command Create(Terminal terminal)
    {
        var steps = CheckedOption.WholeNumber("--steps", "Steps per path for the simulation stage (default 64)", 1, int.MaxValue);
        var horizonPaths = CheckedOption.WholeNumber("--horizon-paths",
            "Paths of the revaluation, hedging and optimizer stages, each walking the default book (default 262144 on a GPU, 16384 on the CPU)", 2, int.MaxValue);
        var shared = new SharedOptions(OutputKind.File);
        var command = new Command("bench", "Throughput of each stage on the chosen device") { steps, horizonPaths };
        shared.AddTo(command);
        command.SetAction(parse =>
        {
            using DeviceSession device = terminal.OpenDevice(parse.GetValue(shared.Device)!);
            int paths = (int)Math.Min(parse.GetValue(shared.Paths) ?? 1 << 20, int.MaxValue);
            int stepCount = parse.GetValue(steps) ?? 64;
            var stages = new List<BenchReport.Stage>();

            terminal.Stage($"simulation on {device.Name}: {paths:N0} paths x {stepCount} steps, Heston QE, float");
            SimulationStageTiming sim = SimulationBenchmark.Measure(device, paths, stepCount);
            stages.Add(new("simulation-cold", sim.Paths, sim.Steps, sim.ColdSeconds, "path-step"));
            stages.Add(new("simulation", sim.Paths, sim.Steps, sim.WarmSeconds, "path-step", CpuSeconds: sim.WarmCpuSeconds));
            if (device.Simd is not null)
            {
                // The same walk on the CPU accelerator, in the same run: the SIMD lanes' speed-up is read side by side.
                using DeviceSession accelerator = DeviceSelector.Open(DeviceKind.Cpu);
                terminal.Stage($"simulation on {accelerator.Name}, for comparison");
                SimulationStageTiming cpu = SimulationBenchmark.Measure(accelerator, paths, stepCount);
                stages.Add(new("simulation-cpu-cold", cpu.Paths, cpu.Steps, cpu.ColdSeconds, "path-step", accelerator.Name));
                stages.Add(new("simulation-cpu", cpu.Paths, cpu.Steps, cpu.WarmSeconds, "path-step", accelerator.Name, cpu.WarmCpuSeconds));
            }

            terminal.Stage("stress: the embedded default book over Deribit's grid");
            var inputs = BookAndMarket.Load(InputFile.Embedded("book.csv"), InputFile.Embedded("market.json"));
            var clock = Stopwatch.StartNew();
            var engine = new StressEngine(device.AcceleratorFor("stress"));
            StressResult result = engine.Run(inputs.Book, inputs.Market, StressGrid.DeribitDefault);
            double cold = clock.Elapsed.TotalSeconds;
            clock.Restart();
            engine.Run(inputs.Book, inputs.Market, StressGrid.DeribitDefault);
            double warm = clock.Elapsed.TotalSeconds;
            int positions = inputs.Book.Positions.Count;
            stages.Add(new("stress-cold", result.Cells.Count, positions, cold, "position-cell"));
            stages.Add(new("stress", result.Cells.Count, positions, warm, "position-cell"));

            // The CPU revalues a few million position-paths a second, a GPU hundreds of times that: size the work to finish in minutes.
            long walked = parse.GetValue(horizonPaths) ?? (device.Accelerator.AcceleratorType == AcceleratorType.CPU ? 1 << 14 : 1 << 18);
            terminal.Stage($"revaluation: the default book at 7 daily observations of {walked:N0} paths");
            stages.AddRange(HorizonBenchmark.Revaluation(device, inputs.Book, inputs.Market, walked));
            terminal.Stage($"var: the default book at horizons 1d and 7d, {walked:N0} paths");
            stages.AddRange(HorizonBenchmark.Var(device, inputs.Book, inputs.Market, walked));
            terminal.Stage($"hedging: {BacktestCommand.DefaultPolicies.Length} policies over 7 days checked hourly, {walked:N0} paths");
            stages.AddRange(HorizonBenchmark.Hedging(device, inputs.Book, inputs.Market,
                [.. BacktestCommand.DefaultPolicies.Select(PolicyParser.Parse)], walked));
            terminal.Stage($"optimizer: the dynamic program on a law estimated from {walked:N0} paths");
            stages.AddRange(HorizonBenchmark.Optimizer(device, inputs.Book, inputs.Market, walked));

            var table = new TextTable(null, new("stage"), new("paths or cells", true), new("work each", true),
                new("seconds", true), new("per second", true), new("per cpu-second", true));
            foreach (BenchReport.Stage s in stages)
            {
                table.Add(s.Name, s.Paths.ToString("N0", CultureInfo.InvariantCulture), s.Steps.ToString("N0", CultureInfo.InvariantCulture),
                    s.Seconds.ToString("F3", CultureInfo.InvariantCulture), $"{Rate(s.PathStepsPerSecond)} {s.Unit}s",
                    s.PathStepsPerCpuSecond is { } perCpu ? $"{Rate(perCpu)} {s.Unit}s" : "");
            }
            terminal.Write(table);
            if (parse.GetValue(shared.Out) is { } outPath)
            {
                BenchReport.Write(outPath, device.Name, stages);
                terminal.Info($"wrote {outPath}");
            }
            return CliApp.Success;
        });
        return command;
    }

    private static string Rate(double perSecond) => perSecond >= 1e6
        ? $"{perSecond / 1e6:F1} M"
        : $"{perSecond / 1e3:F1} k";
}
