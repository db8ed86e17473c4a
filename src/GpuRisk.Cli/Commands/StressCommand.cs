using System.CommandLine;
using GpuRisk.Config;
using GpuRisk.Devices;
using GpuRisk.IO;
using GpuRisk.Stress;

namespace GpuRisk.Cli.Commands;

/// <summary><c>gpurisk stress</c>: the book's risk matrix over a spot x vol shock grid, on the device.</summary>
public static class StressCommand
{
    /// <summary>Builds the command; it reports through <paramref name="terminal"/>.</summary>
    public static Command Create(Terminal terminal)
    {
        var inputs = new BookAndMarketOptions();
        var grid = CheckedOption.Parsed("--grid",
            "Custom grid, e.g. \"spot=-0.2,-0.1,0,0.1,0.2;vol=-0.1,0,0.1\" (default: Deribit's portfolio-margin grid)",
            text => StressGrid.Parse(text));
        var method = CheckedOption.OneOf("--method",
            "analytic (closed form and Fourier integral on the device) or mc (Monte Carlo: one simulation, every cell valued on the same paths)",
            "analytic", "analytic", "mc");
        var shared = new SharedOptions(OutputKind.Folder);
        var command = new Command("stress", "Risk matrix: value change and Greeks over a spot x vol shock grid") { grid, method };
        inputs.AddTo(command);
        shared.AddTo(command);
        command.SetAction(async (parse, cancel) =>
        {
            BookAndMarket loaded = inputs.Load(parse);
            StressGrid g = parse.GetValue(grid) ?? StressGrid.DeribitDefault;
            using DeviceSession device = terminal.OpenDevice(parse.GetValue(shared.Device)!);
            terminal.Stage($"stress on {device.Name}");
            if (parse.GetValue(method) != "mc") shared.WarnIfSimulationOptionsIgnored(parse, terminal, "--method analytic does not simulate");
            StressResult result = parse.GetValue(method) == "mc"
                ? new MonteCarloStressEngine(device, shared.ApplyTo(parse, RunConfig.Default).MonteCarlo).Run(loaded.Book, loaded.Market, g)
                : new StressEngine(device.AcceleratorFor("stress")).Run(loaded.Book, loaded.Market, g);
            cancel.ThrowIfCancellationRequested();
            terminal.Out.Write(RiskMatrixText.Render(result));
            if (parse.GetValue(shared.Out) is { } outDir)
            {
                await StressOutputs.WriteAllAsync(result, outDir);
                terminal.Info($"wrote {Path.Combine(outDir, StressOutputs.Json)}, {StressOutputs.Parquet}, {StressOutputs.HeatMapPng} and {StressOutputs.HeatMapSvg}");
            }
            return CliApp.Success;
        });
        return command;
    }
}
