using GpuRisk.Config;
using GpuRisk.Horizon;

namespace GpuRisk.Hedging;

/// <summary>What a backtest runs.</summary>
/// <param name="Policies">The policies, side by side on the same paths.</param>
/// <param name="Horizon">How long the book is held and hedged.</param>
/// <param name="Check">How often each policy looks at its hedge.</param>
/// <param name="Simulation">Paths, seed, steps and the shard's path range.</param>
/// <param name="GapLimitUsd">The gap-loss limit, USD; null for 1% of the book's gross option value.</param>
/// <param name="Levels">Confidence levels of the P&amp;L's ES.</param>
public sealed record BacktestSettings(IReadOnlyList<PolicySpec> Policies, Duration Horizon, Duration Check, HorizonSettings Simulation,
    double? GapLimitUsd = null, IReadOnlyList<double>? Levels = null)
{
    /// <summary>ES levels (0.99 unless given).</summary>
    public IReadOnlyList<double> EsLevels => Levels ?? [0.99];

    /// <summary>Check times after time 0: every check up to the horizon, the horizon itself last.</summary>
    public double[] CheckYears()
    {
        int checks = (int)Math.Ceiling(Horizon.Days / Check.Days - 1e-9);
        return [.. Enumerable.Range(1, checks).Select(k => Math.Min(k * Check.Years, Horizon.Years))];
    }

    /// <summary>Throws when a field is out of range.</summary>
    public void Validate()
    {
        if (Policies.Count == 0) throw new ArgumentException("give at least one policy");
        if (Check.Days > Horizon.Days) throw new ArgumentException($"the check ({Check}) is longer than the horizon ({Horizon})");
        if (GapLimitUsd is < 0 or double.NaN) throw new ArgumentException("the gap limit must not be negative");
        Simulation.Validate();
    }
}
