using System.CommandLine;
using System.Globalization;
using GpuRisk.Config;
using GpuRisk.Devices;
using GpuRisk.Horizon;
using GpuRisk.IO;
using GpuRisk.Risk;

namespace GpuRisk.Cli.Commands;

/// <summary><c>gpurisk var</c>: horizon P&amp;L distribution, VaR and ES with confidence intervals, contributions.</summary>
public static class VarCommand
{
    /// <summary>Builds the command; it reports through <paramref name="terminal"/>.</summary>
    public static Command Create(Terminal terminal)
    {
        var inputs = new BookAndMarketOptions();
        var horizons = RiskOptions.Durations("--horizons", "Horizons, e.g. 1d,7d (m, h, d, w)", "1d,7d");
        var levels = RiskOptions.Levels("0.99,0.999");
        var shared = new SharedOptions(OutputKind.Folder);
        var shards = new ShardOptions();
        var command = new Command("var", "Horizon P&L distribution; VaR and ES with confidence intervals; contributions")
        {
            horizons, levels,
        };
        inputs.AddTo(command);
        shared.AddTo(command);
        shards.AddTo(command);
        command.SetAction(async (parse, cancel) =>
        {
            BookAndMarket loaded = inputs.Load(parse);
            RiskOptions.ParseDurations(parse.GetValue(horizons)!, "--horizons", out Duration[] h);
            RiskOptions.ParseLevels(parse.GetValue(levels)!, out double[] l);
            RunConfig config = shared.ApplyTo(parse, RunConfig.Default);
            if (shards.Resolve(parse) is { IsWholeRun: false } shard)
            {
                return await StageShard.RunAsync(terminal, parse, shared, "var", config with { Horizons = h, Levels = l }, loaded, shard, cancel);
            }
            using DeviceSession device = terminal.OpenDevice(config.Device);
            var settings = new VarSettings(h, l, new HorizonSettings(config.Paths, config.Seed, config.StepsPerDay, config.MonteCarlo.Precision));
            terminal.Stage($"var on {device.Name}: {config.Paths:N0} paths, horizons {string.Join(",", h.Select(x => x.Text))}, seed {config.Seed}");
            VarState state = await terminal.WithProgressAsync(() => Task.FromResult(VarStage.Run(device, loaded.Book, loaded.Market, settings, cancel)));
            IReadOnlyList<HorizonRisk> result = state.Finish();
            Render(terminal, result);
            if (parse.GetValue(shared.Out) is { } outDir)
            {
                await VarOutputs.WriteAllAsync(outDir, state, result, device.Kind);
                terminal.Info($"wrote {Path.Combine(outDir, VarOutputs.Json)}, {VarOutputs.Quantiles} and the P&L histograms");
            }
            return CliApp.Success;
        });
        return command;
    }

    private static void Render(Terminal terminal, IReadOnlyList<HorizonRisk> horizons)
    {
        var table = new TextTable("VaR and ES (USD, positive = loss; 95% intervals)",
            new("horizon"), new("level"), new("VaR", true), new("VaR interval", true), new("ES", true), new("ES interval", true),
            new("P&L mean ± s.e.", true), new("P&L sd ± s.e.", true), new("reval. error", true));
        foreach (HorizonRisk h in horizons)
        {
            foreach (LevelEstimate l in h.Levels)
            {
                table.Add(h.Horizon.Text, l.Level.ToString("0.###", CultureInfo.InvariantCulture), N(l.Var), $"[{N(l.VarLow)}, {N(l.VarHigh)}]",
                    N(l.Es), $"[{N(l.EsLow)}, {N(l.EsHigh)}]", $"{N(h.Mean)} ± {N(h.MeanStderr)}", $"{N(h.Sd)} ± {N(h.SdStderr)}",
                    h.RevaluationError.ToString("G3", CultureInfo.InvariantCulture));
            }
        }
        terminal.Write(table);
    }

    private static string N(double x) => x.ToString("N0", CultureInfo.InvariantCulture);
}
