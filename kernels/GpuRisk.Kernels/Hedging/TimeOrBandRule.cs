namespace GpuRisk.Kernels.Hedging;

/// <summary>Whichever fires first of a period and a band (<c>time-or-band:D,X</c>), as vaults rebalance.</summary>
public struct TimeOrBandRule : IHedgeRule
{
    /// <summary>The band part.</summary>
    public BandRule Band;
    /// <summary>The period, years.</summary>
    public double PeriodYears;

    /// <inheritdoc/>
    public bool Decide(in HedgeCheck check, out double landing)
    {
        if (Band.Decide(check, out landing)) return true;
        landing = 0.0;
        return TimeRule.Fires(check, PeriodYears);
    }
}
