using System.CommandLine;
using GpuRisk.Config;
using GpuRisk.Devices;
using GpuRisk.IO;
using GpuRisk.MonteCarlo;
using GpuRisk.Output;
using GpuRisk.Pricing;
using GpuRisk.Pricing.Analytic;

namespace GpuRisk.Cli.Commands;

/// <summary><c>gpurisk price</c>: value and Greeks per position and for the book.</summary>
public static class PriceCommand
{
    /// <summary>Builds the command; it reports through <paramref name="terminal"/>.</summary>
    public static Command Create(Terminal terminal)
    {
        var inputs = new BookAndMarketOptions();
        var method = CheckedOption.OneOf("--method",
            "analytic (closed form / characteristic function) or mc (Monte Carlo on the device)", "analytic", "analytic", "mc");
        var shared = new SharedOptions(OutputKind.File);
        var command = new Command("price", "Value and Greeks per position and for the book") { method };
        inputs.AddTo(command);
        shared.AddTo(command);
        command.SetAction(parse =>
        {
            BookAndMarket loaded = inputs.Load(parse);
            if (parse.GetValue(method) != "mc") shared.WarnIfSimulationOptionsIgnored(parse, terminal, "--method analytic does not simulate");
            BookValuation valuation = parse.GetValue(method) == "mc"
                ? PriceByMonteCarlo(parse, shared, terminal, loaded)
                : new AnalyticBookPricer().Price(loaded.Book, loaded.Market);
            if (parse.GetValue(shared.Out) is { } outPath)
            {
                ValuationJson.Write(outPath, valuation);
                terminal.Info($"wrote {outPath}");
            }
            else
            {
                ValuationTable.Render(terminal, valuation);
            }
            return CliApp.Success;
        });
        return command;
    }

    private static BookValuation PriceByMonteCarlo(ParseResult parse, SharedOptions shared, Terminal terminal, BookAndMarket inputs)
    {
        RunConfig defaults = shared.ApplyTo(parse, RunConfig.Default);
        using DeviceSession device = terminal.OpenDevice(defaults.Device);
        terminal.Stage($"Monte Carlo on {device.Name}: {defaults.Paths:N0} paths, {defaults.StepsPerDay} steps/day, seed {defaults.Seed}");
        return new MonteCarloBookPricer(defaults.MonteCarlo, terminal.Warn).Price(inputs.Book, inputs.Market, device);
    }
}
