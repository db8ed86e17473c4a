using GpuRisk.Kernels.Hedging;
using GpuRisk.Risk;

namespace GpuRisk.Hedging;

/// <summary>
/// What a backtest keeps of one policy, all mergeable exactly across shards: block sums of P&amp;L, cost, hedging
/// error, trades and failures; the largest P&amp;L losses and gap losses; the gap and breach counts.
/// </summary>
public sealed class PolicyState
{
    /// <summary>A fresh state keeping <paramref name="tailSize"/> losses.</summary>
    public PolicyState(PolicySpec spec, int tailSize)
    {
        Spec = spec;
        PnlTail = new LossTail(tailSize);
        GapTail = new LossTail(tailSize);
    }

    /// <summary>The policy.</summary>
    public PolicySpec Spec { get; }

    /// <summary>P&amp;L after costs, USD.</summary>
    public MomentBlocks Pnl { get; } = new();

    /// <summary>Costs, USD.</summary>
    public MomentBlocks Cost { get; } = new();

    /// <summary>P&amp;L before costs, USD.</summary>
    public MomentBlocks HedgeError { get; } = new();

    /// <summary>Trades executed per path.</summary>
    public MomentBlocks Trades { get; } = new();

    /// <summary>Failed trades per path.</summary>
    public MomentBlocks Failed { get; } = new();

    /// <summary>Shortfall below a CPPI floor at the horizon, in units of initial capital.</summary>
    public MomentBlocks Shortfall { get; } = new();

    /// <summary>The largest P&amp;L losses.</summary>
    public LossTail PnlTail { get; }

    /// <summary>The largest gap losses (per path, the largest loss between two consecutive checks).</summary>
    public LossTail GapTail { get; }

    /// <summary>Paths whose gap loss exceeded the limit.</summary>
    public long GapExceeded { get; set; }

    /// <summary>Paths that breached a CPPI floor.</summary>
    public long Breached { get; set; }

    /// <summary>Records one path.</summary>
    public void Add(long path, in HedgeOutcome o, double gapLimit)
    {
        Pnl.Add(path, o.Pnl);
        Cost.Add(path, o.Cost);
        HedgeError.Add(path, o.HedgeError);
        Trades.Add(path, o.Trades);
        Failed.Add(path, o.Failed);
        Shortfall.Add(path, o.Shortfall);
        PnlTail.Add(new TailEntry(-o.Pnl, path, []));
        GapTail.Add(new TailEntry(o.MaxGapLoss, path, []));
        if (o.MaxGapLoss > gapLimit) GapExceeded++;
        if (o.Breached != 0) Breached++;
    }

    /// <summary>Adds another shard's (disjoint) paths of the same policy.</summary>
    public void Merge(PolicyState other)
    {
        Pnl.Merge(other.Pnl);
        Cost.Merge(other.Cost);
        HedgeError.Merge(other.HedgeError);
        Trades.Merge(other.Trades);
        Failed.Merge(other.Failed);
        Shortfall.Merge(other.Shortfall);
        PnlTail.Merge(other.PnlTail);
        GapTail.Merge(other.GapTail);
        GapExceeded += other.GapExceeded;
        Breached += other.Breached;
    }
}
