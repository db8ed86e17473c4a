namespace GpuRisk.Kernels.Hedging;

/// <summary>Trade to the target every period (<c>time:D</c>): at the first check of each new period.</summary>
public struct TimeRule : IHedgeRule
{
    /// <summary>The period, years.</summary>
    public double PeriodYears;

    /// <inheritdoc/>
    public bool Decide(in HedgeCheck check, out double landing)
    {
        landing = 0.0;
        return Fires(check, PeriodYears);
    }

    /// <summary>True when a period boundary lies in (previous check, this check] (to a microsecond's tolerance).</summary>
    public static bool Fires(in HedgeCheck check, double periodYears)
    {
        const double tolerance = 1e-12;
        return Math.Floor(check.Years / periodYears + tolerance) > Math.Floor(check.PreviousYears / periodYears + tolerance);
    }
}
