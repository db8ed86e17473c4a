using GpuRisk.Risk;

namespace GpuRisk.Hedging;

/// <summary>Everything a backtest (or a shard of it) keeps, mergeable exactly: one <see cref="PolicyState"/> per policy.</summary>
public sealed class BacktestState
{
    /// <summary>A fresh state.</summary>
    public BacktestState(BacktestSettings settings, double gapLimitUsd, IReadOnlyList<string> underlyings)
    {
        Settings = settings;
        GapLimitUsd = gapLimitUsd;
        Underlyings = underlyings;
        int tail = TailEstimator.TailSize(settings.Simulation.Paths, [.. settings.EsLevels, 0.99]);
        Policies = [.. settings.Policies.Select(p => new PolicyState(p, tail))];
    }

    /// <summary>The run's settings (total paths, not the shard's).</summary>
    public BacktestSettings Settings { get; }

    /// <summary>The gap-loss limit applied, USD.</summary>
    public double GapLimitUsd { get; }

    /// <summary>Underlyings simulated, in slot order.</summary>
    public IReadOnlyList<string> Underlyings { get; }

    /// <summary>Per policy.</summary>
    public IReadOnlyList<PolicyState> Policies { get; }

    /// <summary>Adds a disjoint shard's paths.</summary>
    public void Merge(BacktestState other)
    {
        for (int p = 0; p < Policies.Count; p++) Policies[p].Merge(other.Policies[p]);
    }

    /// <summary>The finished figures of every policy.</summary>
    public IReadOnlyList<PolicyResult> Finish()
    {
        double days = Settings.Horizon.Days;
        return [.. Policies.Select(p =>
        {
            long n = p.Pnl.Count;
            TailEntry[] pnlTail = p.PnlTail.Sorted(), gapTail = p.GapTail.Sorted();
            var trades = p.Trades.Summary();
            var failed = p.Failed.Summary();
            bool cppi = p.Spec.Kind == PolicyKind.Cppi;
            var shortfall = p.Shortfall.Summary();
            return new PolicyResult(p.Spec.Text, p.Spec.IsAccount, n, p.Pnl.Summary(), p.Cost.Summary(), p.HedgeError.Summary(),
                (trades.Mean / days, trades.MeanStderr / days), (failed.Mean / days, failed.MeanStderr / days),
                [.. Settings.EsLevels.Select(l => TailEstimator.Estimate(pnlTail, n, l))],
                GapLimitUsd, ProportionInterval.Of(p.GapExceeded, n), TailEstimator.Estimate(gapTail, n, 0.99),
                cppi ? ProportionInterval.Of(p.Breached, n) : null,
                cppi ? (p.Breached > 0 ? shortfall.Mean * n / p.Breached : 0.0) : null,
                cppi ? (shortfall.Mean, shortfall.MeanStderr) : null);
        })];
    }
}
