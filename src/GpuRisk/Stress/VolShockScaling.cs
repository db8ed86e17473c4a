namespace GpuRisk.Stress;

/// <summary>
/// How a grid's vol shock grows for short expiries and shrinks for long ones, per position:
/// shift = volShock * scale(DTE), scale(DTE) = (PivotDays / max(DTE, DteFloorDays))^power with
/// power = <see cref="ShortTermPower"/> when DTE &lt; PivotDays, else <see cref="LongTermPower"/>;
/// a negative shock's scale is capped at <see cref="MaxDownScale"/>.
/// </summary>
/// <remarks>
/// The (30/DTE)^power form is Deribit's portfolio-margin rule ("maximum implied volatility change of
/// (30/days to expiration)^0.30 * 38%", https://www.deribit.com/pages/docs/portfoliomargin; the
/// separate short- and long-term powers follow Deribit's later "short/long term vega power" parameters,
/// mirrored by https://wiki.dederi.io/RiskControlRules/portfolio_margin). The DTE floor keeps a
/// position hours from expiry from an unbounded shock (Paradex documents the same max(DTE floor, DTE),
/// https://docs.paradex.trade/risk/portfolio-margin). The cap on down shocks is GpuRisk's choice: an
/// absolute vol cut scaled up for short expiries would take typical crypto vols (40-60%) below zero,
/// which is an input error; capping at the 30-day size keeps the default grid valid for any market
/// whose vols exceed the grid's down range.
/// </remarks>
/// <param name="ShortTermPower">Exponent for DTE below the pivot.</param>
/// <param name="LongTermPower">Exponent for DTE at or above the pivot.</param>
/// <param name="PivotDays">DTE at which the scale is 1 (30).</param>
/// <param name="DteFloorDays">Smallest DTE the scale uses, days (&gt; 0).</param>
/// <param name="MaxDownScale">Largest scale applied to a negative shock.</param>
public sealed record VolShockScaling(
    double ShortTermPower, double LongTermPower, double PivotDays, double DteFloorDays, double MaxDownScale)
{
    /// <summary>No scaling: every position gets the grid's vol shock as is.</summary>
    public static VolShockScaling None { get; } = new(0.0, 0.0, 30.0, 1.0, 1.0);

    /// <summary>
    /// Deribit-style scaling: powers 0.30 (short term, Deribit's published value) and 0.13 (long term,
    /// GpuRisk's choice where no published figure was found), pivot 30 days, DTE floor 1 day,
    /// down shocks capped at their 30-day size.
    /// </summary>
    public static VolShockScaling Deribit { get; } = new(0.30, 0.13, 30.0, 1.0, 1.0);

    /// <summary>The scaled shift for a position <paramref name="daysToExpiry"/> days from expiry.</summary>
    public double Scale(double volShock, double daysToExpiry)
    {
        double days = Math.Max(daysToExpiry, DteFloorDays);
        double power = days < PivotDays ? ShortTermPower : LongTermPower;
        double scale = Math.Pow(PivotDays / days, power);
        return volShock * (volShock < 0.0 ? Math.Min(scale, MaxDownScale) : scale);
    }

    /// <summary>The largest scale any DTE gets for a shock of sign <paramref name="volShock"/>.</summary>
    public double MaxScale(double volShock)
    {
        double scale = Math.Pow(PivotDays / DteFloorDays, DteFloorDays < PivotDays ? ShortTermPower : LongTermPower);
        return volShock < 0.0 ? Math.Min(scale, MaxDownScale) : scale;
    }
}
