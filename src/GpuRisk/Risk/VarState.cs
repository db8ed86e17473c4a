using GpuRisk.Config;

namespace GpuRisk.Risk;

/// <summary>
/// Everything a <c>var</c> run (or one shard of it) keeps, mergeable exactly: per horizon the P&amp;L's block sums,
/// largest losses, regime counts and samples; the revaluation error measured; and what identifies the run, so a
/// merge can refuse shards that do not belong together.
/// </summary>
public sealed class VarState
{
    /// <summary>A fresh state.</summary>
    public VarState(VarSettings settings, IReadOnlyList<string> underlyings, IReadOnlyList<string> regimes, double baseValue)
    {
        Settings = settings;
        Underlyings = underlyings;
        Regimes = regimes;
        BaseValue = baseValue;
        int tail = TailEstimator.TailSize(settings.Simulation.Paths, settings.Levels);
        Horizons = [.. settings.Horizons.Select(h => new VarHorizonState(h, tail, regimes.Count))];
        RevaluationErrors = new double[settings.Horizons.Count];
    }

    /// <summary>The run's settings (the total path count, not the shard's).</summary>
    public VarSettings Settings { get; }

    /// <summary>Underlyings simulated, in slot order.</summary>
    public IReadOnlyList<string> Underlyings { get; }

    /// <summary>Regime names.</summary>
    public IReadOnlyList<string> Regimes { get; }

    /// <summary>The book's analytic value today (initial regime), USD.</summary>
    public double BaseValue { get; }

    /// <summary>Per horizon.</summary>
    public IReadOnlyList<VarHorizonState> Horizons { get; }

    /// <summary>Per horizon: worst |device - analytic| book value at probed states, USD.</summary>
    public double[] RevaluationErrors { get; }

    /// <summary>Adds a disjoint shard's paths.</summary>
    public void Merge(VarState other)
    {
        for (int h = 0; h < Horizons.Count; h++)
        {
            Horizons[h].Merge(other.Horizons[h]);
            RevaluationErrors[h] = Math.Max(RevaluationErrors[h], other.RevaluationErrors[h]);
        }
    }

    /// <summary>The finished figures of every horizon.</summary>
    public IReadOnlyList<HorizonRisk> Finish() => [.. Horizons.Select((state, h) =>
    {
        long n = state.Pnl.Count;
        var (mean, sd, meanStderr, sdStderr) = state.Pnl.Summary();
        TailEntry[] tail = state.Tail.Sorted();
        LevelEstimate[] levels = [.. Settings.Levels.Select(level => TailEstimator.Estimate(tail, n, level))];
        (string, double)[] regimes = [.. Regimes.Select((name, r) => (name, state.RegimeCounts[r] / (double)n))];
        return new HorizonRisk(state.Horizon, n, mean, meanStderr, sd, sdStderr, levels, Underlyings, regimes,
            RevaluationErrors[h], state.AllSamples());
    })];
}
