using System.CommandLine;
using System.Globalization;
using GpuRisk.Config;
using GpuRisk.Devices;
using GpuRisk.Hedging;
using GpuRisk.Horizon;
using GpuRisk.IO;

namespace GpuRisk.Cli.Commands;

/// <summary><c>gpurisk backtest</c>: rebalancing policies side by side on the same paths.</summary>
public static class BacktestCommand
{
    /// <summary>The policies a backtest runs when none is given: what vaults and desks use today.</summary>
    public static readonly string[] DefaultPolicies = ["none", "band:5%", "time:1h", "time:8h", "time:24h", "ww:gamma=1e-4", "time-or-band:24h,5%,min=0.05,cooldown=1h"];

    /// <summary>Builds the command; it reports through <paramref name="terminal"/>.</summary>
    public static Command Create(Terminal terminal)
    {
        var inputs = new BookAndMarketOptions();
        var policies = new Option<string[]>("--policy")
        {
            Description = "A rebalancing policy, repeatable: none, band:X[%], time:D, time-or-band:D,X[%], ww:gamma=G, zakamouline:gamma=G, "
                          + "thresholds:FILE, cppi:underlying=U,floor=F,m=M, voltarget:underlying=U,target=S,cap=L; keys to=edge|target|mid, min=Q, cooldown=D",
            AllowMultipleArgumentsPerToken = false,
            DefaultValueFactory = _ => DefaultPolicies,
        };
        policies.Validators.Add(result =>
        {
            foreach (string text in result.GetValueOrDefault<string[]>() ?? [])
            {
                if (!PolicyParser.TryParse(text, out _, out string problem)) result.AddError($"--policy: {problem}");
            }
        });
        var horizon = RiskOptions.SingleDuration("--horizon", "How long the book is held and hedged (one duration, e.g. 7d)", "7d");
        var check = RiskOptions.SingleDuration("--check", "How often each policy looks at its hedge (e.g. 1h)", "1h");
        var gapLimit = RiskOptions.GapLimit("Gap-loss limit, USD (default: 1% of the book's gross option value)");
        var shared = new SharedOptions(OutputKind.Folder);
        var shards = new ShardOptions();
        var command = new Command("backtest", "Rebalancing policies side by side on the same paths: cost, hedging error, tails, gap risk, CPPI floor breach")
        {
            policies, horizon, check, gapLimit,
        };
        inputs.AddTo(command);
        shared.AddTo(command);
        shards.AddTo(command);
        command.SetAction(async (parse, cancel) =>
        {
            BookAndMarket loaded = inputs.Load(parse);
            Duration h = RiskOptions.SingleDurationOf(parse, horizon), c = RiskOptions.SingleDurationOf(parse, check);
            PolicySpec[] specs = [.. parse.GetValue(policies)!.Select(PolicyParser.Parse)];
            RunConfig config = shared.ApplyTo(parse, RunConfig.Default);
            if (shards.Resolve(parse) is { IsWholeRun: false } shard)
            {
                RunConfig stage = config with { Policies = parse.GetValue(policies)!, BacktestHorizon = h, Check = c, GapLimit = parse.GetValue(gapLimit) };
                return await StageShard.RunAsync(terminal, parse, shared, "backtest", stage, loaded, shard, cancel);
            }
            using DeviceSession device = terminal.OpenDevice(config.Device);
            var settings = new BacktestSettings(specs, h, c,
                new HorizonSettings(config.Paths, config.Seed, config.StepsPerDay, config.MonteCarlo.Precision), parse.GetValue(gapLimit));
            terminal.Stage($"backtest on {device.Name}: {specs.Length} policies, {config.Paths:N0} paths, {h} checked every {c}, seed {config.Seed}");
            BacktestState state = await terminal.WithProgressAsync(() =>
                Task.FromResult(BacktestStage.Run(device, loaded.Book, loaded.Market, settings, cancel)));
            IReadOnlyList<PolicyResult> results = state.Finish();
            Render(terminal, results, state);
            if (parse.GetValue(shared.Out) is { } outDir)
            {
                await BacktestOutputs.WriteAllAsync(outDir, state, results, device.Kind);
                terminal.Info($"wrote {Path.Combine(outDir, BacktestOutputs.Json)} and {BacktestOutputs.Parquet}");
            }
            return CliApp.Success;
        });
        return command;
    }

    private static void Render(Terminal terminal, IReadOnlyList<PolicyResult> results, BacktestState state)
    {
        string esLevel = (100 * state.Settings.EsLevels[0]).ToString("0.##", CultureInfo.InvariantCulture);
        var table = new TextTable($"Backtest over {state.Settings.Horizon}, checks every {state.Settings.Check} (USD; ± one standard error; [95% interval]; gap limit {N(state.GapLimitUsd)} USD)",
            new("policy"), new("P&L mean", true), new("P&L sd", true), new("cost mean", true), new("hedge error sd", true),
            new("trades/day", true), new("failed/day", true), new($"ES{esLevel} loss", true), new("P(gap > limit)", true));
        foreach (PolicyResult r in results)
        {
            table.Add(r.Policy, $"{N(r.Pnl.Mean)} ± {N(r.Pnl.MeanStderr)}", $"{N(r.Pnl.Sd)} ± {N(r.Pnl.SdStderr)}",
                $"{N(r.Cost.Mean)} ± {N(r.Cost.MeanStderr)}", $"{N(r.HedgeError.Sd)} ± {N(r.HedgeError.SdStderr)}",
                $"{F2(r.TradesPerDay.Value)} ± {F2(r.TradesPerDay.Stderr)}", $"{F2(r.FailedPerDay.Value)} ± {F2(r.FailedPerDay.Stderr)}",
                $"{N(r.Es[0].Es)} [{N(r.Es[0].EsLow)}, {N(r.Es[0].EsHigh)}]",
                $"{r.GapProbability.Probability:P2} [{r.GapProbability.Low:P2}, {r.GapProbability.High:P2}]");
        }
        terminal.Write(table);
    }

    private static string N(double x) => x.ToString("N0", CultureInfo.InvariantCulture);

    private static string F2(double x) => x.ToString("F2", CultureInfo.InvariantCulture);
}
