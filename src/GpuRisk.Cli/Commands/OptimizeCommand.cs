using System.CommandLine;
using System.Globalization;
using GpuRisk.Config;
using GpuRisk.Devices;
using GpuRisk.Hedging;
using GpuRisk.Horizon;
using GpuRisk.IO;
using GpuRisk.Optimization;

namespace GpuRisk.Cli.Commands;

/// <summary><c>gpurisk optimize</c>: rebalance thresholds per regime by dynamic programming, the frontier, the out-of-sample proof, the vault export.</summary>
public static class OptimizeCommand
{
    /// <summary>Builds the command; it reports through <paramref name="terminal"/>.</summary>
    public static Command Create(Terminal terminal)
    {
        var inputs = new BookAndMarketOptions();
        var riskAversion = new Option<double?>("--risk-aversion") { Description = $"CARA risk aversion G, 1/USD (default {OptimizeSettings.DefaultRiskAversion})" };
        riskAversion.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<double?>() is { } g && !(g > 0 && double.IsFinite(g))) r.AddError("--risk-aversion must be a finite number > 0 (1/USD)");
        });
        var frontier = new Option<string?>("--frontier") { Description = "A frontier of risk aversions G1..G2:K (K points, geometric), e.g. 1e-6..1e-4:9" };
        frontier.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<string?>() is { } text && FrontierSpec.TryParse(text, out _) is { } problem) r.AddError($"--frontier: {problem}");
        });
        var horizon = RiskOptions.SingleDuration("--horizon", "Horizon of the estimation and of the proof (e.g. 7d)", "7d");
        var check = RiskOptions.SingleDuration("--check", "How often the hedge is looked at (e.g. 1h)", "1h");
        var proofPaths = CheckedOption.WholeNumber("--proof-paths", "Paths of the out-of-sample proof (default: --paths)", 2L, long.MaxValue);
        var gapLimit = RiskOptions.GapLimit("Gap-loss limit of the proof backtest, USD (default: 1% of the book's gross option value)");
        var shared = new SharedOptions(OutputKind.Folder);
        var shards = new ShardOptions();
        var command = new Command("optimize", "Rebalance thresholds per regime (DP), frontier, out-of-sample proof vs baselines, vault export")
        {
            riskAversion, frontier, horizon, check, proofPaths, gapLimit,
        };
        inputs.AddTo(command);
        shared.AddTo(command);
        shards.AddTo(command);
        command.SetAction(async (parse, cancel) =>
        {
            BookAndMarket loaded = inputs.Load(parse);
            Duration h = RiskOptions.SingleDurationOf(parse, horizon), c = RiskOptions.SingleDurationOf(parse, check);
            double[] gs = parse.GetValue(frontier) is { } text && FrontierSpec.TryParse(text, out double[] f) is null ? f : [];
            // Without --risk-aversion the frontier's middle point is exported.
            double chosen = parse.GetValue(riskAversion) ?? (gs.Length > 0 ? FrontierSpec.Middle(gs) : OptimizeSettings.DefaultRiskAversion);
            RunConfig config = shared.ApplyTo(parse, RunConfig.Default);
            var settings = new OptimizeSettings(gs.Length > 0 ? gs : [chosen], chosen, h, c,
                new HorizonSettings(config.Paths, config.Seed, config.StepsPerDay, config.MonteCarlo.Precision),
                parse.GetValue(proofPaths) ?? config.Paths, parse.GetValue(gapLimit));
            if (shards.Resolve(parse) is { IsWholeRun: false } shard)
            {
                RunConfig stage = config with
                {
                    RiskAversion = chosen, Frontier = parse.GetValue(frontier), BacktestHorizon = h, Check = c, GapLimit = parse.GetValue(gapLimit),
                    StagePaths = new Dictionary<string, long> { ["proof"] = settings.ProofPaths },
                };
                return await StageShard.RunAsync(terminal, parse, shared, "optimize", stage, loaded, shard, cancel);
            }
            using DeviceSession device = terminal.OpenDevice(config.Device);
            terminal.Stage($"optimize on {device.Name}: {settings.RiskAversions.Count} risk aversion(s), {config.Paths:N0} estimation and {settings.ProofPaths:N0} proof paths");
            OptimizeResult result = await terminal.WithProgressAsync(() =>
                Task.FromResult(OptimizeStage.Run(device, loaded.Book, loaded.Market, settings, cancel)));
            Render(terminal, result);
            if (parse.GetValue(shared.Out) is { } outDir)
            {
                await OptimizeOutputs.WriteAllAsync(outDir, result, device.Kind);
                terminal.Info($"wrote {Path.Combine(outDir, OptimizeOutputs.Thresholds)}, {OptimizeOutputs.Frontier}, the frontier picture and the proof's backtest files");
            }
            return CliApp.Success;
        });
        return command;
    }

    private static void Render(Terminal terminal, OptimizeResult result)
    {
        var bands = new TextTable($"Bands at G = {OptimizeStage.RiskAversionText(result.Settings.Chosen)} per USD, checks every {result.Settings.Check} (coins; model figures per day)",
            new("underlying"), new("regime"), new("band", true), new("reset", true), new("% gross delta", true),
            new("cost USD/day", true), new("error sd USD/day", true), new("trades/day", true));
        foreach (ThresholdEntry e in result.Chosen.Entries)
        {
            bands.Add(e.Underlying, e.Regime, F(e.Band, "G4"), F(e.Reset, "G4"), F(e.BandPctGrossDelta, "F2"), F(e.ExpectedCostPerDay, "N1"),
                F(e.HedgeErrorSdPerDay, "N0"), F(e.TradesPerDay, "F2"));
        }
        terminal.Write(bands);
        if (Schedule(result.Chosen.Entries) is { } schedule) terminal.Write(schedule);
        var proof = new TextTable("Out-of-sample proof (fresh paths; USD per day, ± one standard error)",
            new("policy"), new("kind"), new("cost/day", true), new("error sd/day", true), new("trades/day", true));
        foreach (FrontierRow f in result.Frontier)
        {
            proof.Add(f.Policy, f.Kind, $"{F(f.CostPerDay, "N1")} ± {F(f.CostPerDayStderr, "N1")}", $"{F(f.ErrorSdPerDay, "N0")} ± {F(f.ErrorSdPerDayStderr, "N0")}",
                $"{F(f.TradesPerDay, "F2")} ± {F(f.TradesPerDayStderr, "F2")}");
        }
        terminal.Write(proof);
        ProofSummary s = result.Summary;
        terminal.Info(s.NotDominated ? "the optimizer's bands are not dominated by any baseline" : $"dominated by: {string.Join(", ", s.DominatedBy)}");
        if (s.CostSavingPerDayUsd is { } saving)
        {
            terminal.Info($"cost saving at equal error vs the fixed band family ({s.EqualErrorBand}): {saving:N1} ± {s.CostSavingStderrUsd:N1} USD/day");
        }
    }

    /// <summary>The bands of the entries that change over the horizon, one column per step start; null when none does.</summary>
    private static TextTable? Schedule(IReadOnlyList<ThresholdEntry> entries)
    {
        ThresholdEntry[] scheduled = [.. entries.Where(e => e.Schedule is not null)];
        if (scheduled.Length == 0) return null;
        double[] starts = [.. scheduled.SelectMany(e => e.Steps()).Select(s => s.FromHours).Distinct().Order()];
        var table = new TextTable("Bands over the horizon (band / reset, coins, each from its start in hours from the valuation time)",
            [new("underlying"), new("regime"), .. starts.Select(h => new TextTable.Column($"from {F(h, "G4")}h", true))]);
        foreach (ThresholdEntry e in scheduled)
        {
            // Every schedule starts at 0, so a step is in force at each start.
            table.Add([e.Underlying, e.Regime, .. starts.Select(h => e.Steps().Last(s => s.FromHours <= h)).Select(s => $"{F(s.Band, "G4")} / {F(s.Reset, "G4")}")]);
        }
        return table;
    }

    private static string F(double x, string format) => x.ToString(format, CultureInfo.InvariantCulture);
}
