using GpuRisk.Config;

namespace GpuRisk.Risk;

/// <summary>
/// What a run (or a shard) keeps of one horizon's P&amp;L, all of it mergeable exactly: the power sums per block,
/// the largest losses with their per-underlying parts, the regime counts, and the P&amp;L of every path (for the
/// quantiles and the histogram), in global path order.
/// </summary>
public sealed class VarHorizonState
{
    /// <summary>A fresh state for <paramref name="horizon"/> keeping <paramref name="tailSize"/> losses over <paramref name="regimes"/> regimes.</summary>
    public VarHorizonState(Duration horizon, int tailSize, int regimes)
    {
        Horizon = horizon;
        Tail = new LossTail(tailSize);
        RegimeCounts = new long[regimes];
    }

    /// <summary>The horizon.</summary>
    public Duration Horizon { get; }

    /// <summary>Power sums of the book's P&amp;L per block of paths.</summary>
    public MomentBlocks Pnl { get; } = new();

    /// <summary>The largest losses.</summary>
    public LossTail Tail { get; }

    /// <summary>Paths ending the horizon in each regime.</summary>
    public long[] RegimeCounts { get; }

    /// <summary>Every path's P&amp;L, USD, by first global path (one run per contiguous range).</summary>
    public SortedDictionary<long, List<double>> Samples { get; } = [];

    private List<double>? _open;
    private long _openEnd = -1;

    /// <summary>Records path <paramref name="path"/>: its P&amp;L per underlying (USD) and its regime at the horizon.</summary>
    public void Add(long path, double[] pnlParts, int regime)
    {
        double pnl = 0;
        foreach (double part in pnlParts) pnl += part;
        Pnl.Add(path, pnl);
        Tail.Add(new TailEntry(-pnl, path, [.. pnlParts.Select(p => -p)]));
        RegimeCounts[regime]++;
        if (_open is null || path != _openEnd)
        {
            _open = [];
            Samples.Add(path, _open);
        }
        _open.Add(pnl);
        _openEnd = path + 1;
    }

    /// <summary>Adds another run's (disjoint) paths.</summary>
    public void Merge(VarHorizonState other)
    {
        Pnl.Merge(other.Pnl);
        Tail.Merge(other.Tail);
        for (int r = 0; r < RegimeCounts.Length; r++) RegimeCounts[r] += other.RegimeCounts[r];
        foreach (var (start, values) in other.Samples) Samples.Add(start, [.. values]);
    }

    /// <summary>Every path's P&amp;L in global path order.</summary>
    public double[] AllSamples() => [.. Samples.Values.SelectMany(v => v)];
}
