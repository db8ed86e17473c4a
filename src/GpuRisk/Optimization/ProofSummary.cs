namespace GpuRisk.Optimization;

/// <summary>
/// The out-of-sample verdict on the chosen bands: is any baseline better on both expected cost and hedging-error sd
/// (beyond two combined standard errors on each), and what the bands save against the fixed-band family at the same
/// error (cost interpolated along the family in its error sd).
/// </summary>
/// <param name="DominatedBy">Baselines that dominate the bands (empty: not dominated).</param>
/// <param name="CostSavingPerDayUsd">Fixed-band cost at the bands' error sd minus the bands' cost, USD per day; null when the error lies outside the family's range.</param>
/// <param name="CostSavingStderrUsd">Its standard error (the two costs' errors combined).</param>
/// <param name="EqualErrorBand">The interpolated point of the band family, as "band:X% .. band:Y%".</param>
public sealed record ProofSummary(IReadOnlyList<string> DominatedBy, double? CostSavingPerDayUsd, double? CostSavingStderrUsd, string? EqualErrorBand)
{
    /// <summary>True when no baseline dominates the bands.</summary>
    public bool NotDominated => DominatedBy.Count == 0;
}
