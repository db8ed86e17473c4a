using System.Diagnostics;
using GpuRisk.Books;
using GpuRisk.Config;
using GpuRisk.Devices;
using GpuRisk.Hedging;
using GpuRisk.Markets;
using GpuRisk.Optimization;
using GpuRisk.Output;
using GpuRisk.Risk;

namespace GpuRisk.Horizon;

/// <summary>
/// Throughput of the stages that stand on the horizon engine, as <c>gpurisk bench</c> reports them, each cold (kernel
/// compile, correction tables and first run) and warm (the same work again). Stopwatch timing is measurement, not
/// library logic; nothing here feeds a result.
/// </summary>
public static class HorizonBenchmark
{
    /// <summary>The benchmark's seed; any fixed one does.</summary>
    private const ulong Seed = 20261130;

    /// <summary>
    /// Revaluation: the book revalued at 7 daily observations of <paramref name="paths"/> paths, walk included
    /// (position-paths: positions x observations x paths).
    /// </summary>
    public static BenchReport.Stage[] Revaluation(DeviceSession session, Book book, MarketSnapshot market, long paths)
    {
        double[] years = [.. Enumerable.Range(1, 7).Select(d => d / 365.0)];
        var clock = Stopwatch.StartNew();
        using var run = new HorizonRun(session, book, market, years, new HorizonSettings(paths, Seed));
        void Walk() => run.Run(_ => session.Accelerator.Synchronize());
        Walk();
        double cold = clock.Elapsed.TotalSeconds;
        clock.Restart();
        Walk();
        double warm = clock.Elapsed.TotalSeconds;
        long work = book.Positions.Count * (long)years.Length;
        return [new("revaluation-cold", paths, work, cold, "position-path"), new("revaluation", paths, work, warm, "position-path")];
    }

    /// <summary>
    /// VaR: the <c>var</c> stage over horizons 1d and 7d at 2 steps a day on <paramref name="paths"/> paths, everything
    /// included (walk, revaluation, P&amp;L, tails, the revaluation check); position-paths: positions x horizons x paths.
    /// </summary>
    public static BenchReport.Stage[] Var(DeviceSession session, Book book, MarketSnapshot market, long paths)
    {
        var settings = new VarSettings([Duration.Parse("1d"), Duration.Parse("7d")], [0.99], new HorizonSettings(paths, Seed));
        var clock = Stopwatch.StartNew();
        VarStage.Run(session, book, market, settings);
        double cold = clock.Elapsed.TotalSeconds;
        clock.Restart();
        VarStage.Run(session, book, market, settings);
        double warm = clock.Elapsed.TotalSeconds;
        long work = book.Positions.Count * (long)settings.Horizons.Count;
        return [new("var-cold", paths, work, cold, "position-path"), new("var", paths, work, warm, "position-path")];
    }

    /// <summary>
    /// Hedging: <paramref name="policies"/> replayed on <paramref name="paths"/> paths over 7 days checked hourly, the
    /// recording walk included (policy-path-checks: policies x checks x paths).
    /// </summary>
    public static BenchReport.Stage[] Hedging(DeviceSession session, Book book, MarketSnapshot market, IReadOnlyList<PolicySpec> policies, long paths)
    {
        var settings = new BacktestSettings(policies, Duration.Parse("7d"), Duration.Parse("1h"), new HorizonSettings(paths, Seed));
        var clock = Stopwatch.StartNew();
        BacktestStage.Run(session, book, market, settings);
        double cold = clock.Elapsed.TotalSeconds;
        clock.Restart();
        BacktestStage.Run(session, book, market, settings);
        double warm = clock.Elapsed.TotalSeconds;
        long work = policies.Count * (long)settings.CheckYears().Length;
        return [new("hedging-cold", paths, work, cold, "policy-path-check"), new("hedging", paths, work, warm, "policy-path-check")];
    }

    /// <summary>
    /// Optimizer: the dynamic program of every hedged underlying of the book at the default risk aversion, on a transition
    /// law estimated from <paramref name="paths"/> paths of 7 days checked hourly (DP cells: regimes x mismatch points x
    /// Bellman steps). Cold is the first solve, warm the second.
    /// </summary>
    public static BenchReport.Stage[] Optimizer(DeviceSession session, Book book, MarketSnapshot market, long paths)
    {
        var settings = new OptimizeSettings([OptimizeSettings.DefaultRiskAversion], OptimizeSettings.DefaultRiskAversion,
            Duration.Parse("7d"), Duration.Parse("1h"), new HorizonSettings(paths, Seed), 2);
        TransitionLawEstimator laws = OptimizeStage.Estimate(session, book, market, settings, out IReadOnlyList<int> slots);
        HedgeBandProblem[] problems = [.. Enumerable.Range(0, slots.Count)
            .Select(s => laws.Problem(s, market, slots[s], settings.Check.Years, settings.Chosen))
            .Where(p => p.Regimes.Any(r => r.TargetIncrement.SecondMomentCoins2 > 0))];
        DpThroughput Solve()
        {
            DpThroughput[] each = [.. problems.Select(p => BandOptimizer.Solve(p).Throughput)];
            return new DpThroughput(each.Sum(t => t.Cells), each.Sum(t => t.Seconds));
        }
        DpThroughput cold = Solve(), warm = Solve();
        return [new("optimizer-cold", 1, cold.Cells, cold.Seconds, "dp-cell"), new("optimizer", 1, warm.Cells, warm.Seconds, "dp-cell")];
    }
}
