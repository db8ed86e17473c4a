using System.CommandLine;
using GpuRisk.Config;
using GpuRisk.Devices;
using GpuRisk.IO;
using GpuRisk.MonteCarlo;
using GpuRisk.Output;
using GpuRisk.Pricing;
using GpuRisk.Pricing.Analytic;

namespace GpuRisk.Cli.Commands;

/// <summary>
/// <c>gpurisk price</c>: value and Greeks per position and for the book. With <c>--method mc</c> it also runs as a
/// shard (<c>--shard i/N --out FOLDER</c>): the Monte Carlo valuation's sums over the shard's paths, which
/// <c>gpurisk merge</c> finishes into a folder whose <c>price.json</c> is the file <c>price --out F.json</c> writes.
/// </summary>
public static class PriceCommand
{
    /// <summary>Builds the command; it reports through <paramref name="terminal"/>.</summary>
    public static Command Create(Terminal terminal)
    {
        var inputs = new BookAndMarketOptions();
        var method = CheckedOption.OneOf("--method",
            "analytic (closed form / characteristic function) or mc (Monte Carlo on the device)", "analytic", "analytic", "mc");
        var shared = new SharedOptions(OutputKind.FileOrShardFolder);
        var shards = new ShardOptions();
        var command = new Command("price", "Value and Greeks per position and for the book") { method };
        inputs.AddTo(command);
        shared.AddTo(command);
        shards.AddTo(command);
        command.Validators.Add(result =>
        {
            // The method's token, not its value: reading an option whose value is in error throws.
            if (shards.GivenIn(result) is { } option && result.GetResult(method) is not { Tokens: [.., { Value: "mc" }] })
            {
                result.AddError($"{option.Name}: --method analytic simulates no paths, so it has no shards; shard --method mc");
            }
        });
        command.SetAction(async (parse, cancel) =>
        {
            bool monteCarlo = parse.GetValue(method) == "mc";
            // The analytic method is exact and cheap: a scheduler's array task just runs it whole.
            ShardSpec shard = monteCarlo ? shards.Resolve(parse) : ShardSpec.Single;
            string? outPath = parse.GetValue(shared.Out);
            if (outPath is not null) CheckedOption.RequireOutput(shared.Out.Name, outPath, shard.IsWholeRun ? OutputKind.File : OutputKind.Folder);
            BookAndMarket loaded = inputs.Load(parse);
            if (!shard.IsWholeRun)
            {
                return await StageShard.RunAsync(terminal, parse, shared, "mc", shared.ApplyTo(parse, RunConfig.Default), loaded, shard, cancel);
            }
            if (!monteCarlo) shared.WarnIfSimulationOptionsIgnored(parse, terminal, "--method analytic does not simulate");
            BookValuation valuation = monteCarlo
                ? PriceByMonteCarlo(parse, shared, terminal, loaded)
                : new AnalyticBookPricer().Price(loaded.Book, loaded.Market);
            if (outPath is not null)
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
