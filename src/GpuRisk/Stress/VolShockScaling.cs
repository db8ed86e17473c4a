using GpuRisk.Models;

namespace GpuRisk.Stress;

/// <summary>
/// How a grid's vol shock becomes the shift of one position's vol: it grows for short expiries and
/// shrinks for long ones, shift = volShock * scale(DTE), scale(DTE) = (PivotDays / max(DTE, DteFloorDays))^power
/// with power = <see cref="ShortTermPower"/> when DTE &lt; PivotDays, else <see cref="LongTermPower"/>;
/// a negative shock's scale is capped at <see cref="MaxDownScale"/>; and a down shift never takes a vol
/// below <see cref="DownShockFloor"/> of its base value (<see cref="Shift"/>).
/// </summary>
/// <remarks>
/// The (30/DTE)^power form is Deribit's portfolio-margin rule ("maximum implied volatility change of
/// (30/days to expiration)^0.30 * 38%", https://www.deribit.com/pages/docs/portfoliomargin; the
/// separate short- and long-term powers follow Deribit's later "short/long term vega power" parameters,
/// mirrored by https://wiki.dederi.io/RiskControlRules/portfolio_margin). The DTE floor keeps a
/// position hours from expiry from an unbounded shock (Paradex documents the same max(DTE floor, DTE),
/// https://docs.paradex.trade/risk/portfolio-margin). The cap on down shocks is GpuRisk's choice: an
/// absolute vol cut scaled up for short expiries would take typical crypto vols (40-60%) below zero,
/// which is meaningless; capping at the 30-day size keeps the cut the grid names.
/// <para>The floor is GpuRisk's choice too. Deribit's vol range down is in absolute vol points (-30 here),
/// which would take a valid low-vol market (an underlying at 20% vol) below zero. Venues that shock vols
/// relatively (Paradex: mark IV x (1 + shock x scale), https://docs.paradex.trade/risk/portfolio-margin)
/// can never cross zero; the floor gives the absolute grid the same guarantee while leaving every vol
/// above twice the down range untouched: shift = max(scaled, -(1 - <see cref="DownShockFloor"/>) x
/// lowest vol), where the lowest vol is Black-Scholes vol, or min(sqrt(v0), sqrt(theta)) for Heston and
/// Bates (their shift moves both in parallel). At the floor a down shock halves the lowest vol, about what
/// the default -30 points does to a typical 60% crypto vol.</para>
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

    /// <summary>The share of a vol that a down shock always leaves (0.5: a down shock at most halves a vol).</summary>
    public const double DownShockFloor = 0.5;

    /// <summary>
    /// The shift a position of an underlying with <paramref name="model"/>, <paramref name="daysToExpiry"/>
    /// days from expiry, gets for a grid vol shock of <paramref name="volShock"/>: <see cref="Scale"/>, floored
    /// so that no vol of the model (Black-Scholes vol; Heston and Bates sqrt(v0) and sqrt(theta)) falls below
    /// <see cref="DownShockFloor"/> of its base value. Apply it with <see cref="UnderlyingModel.ShiftVol"/>.
    /// </summary>
    public VolShift Shift(double volShock, double daysToExpiry, UnderlyingModel model)
    {
        double scaled = Scale(volShock, daysToExpiry);
        double lowest = model.Heston is { } h ? Math.Min(Math.Sqrt(h.V0), Math.Sqrt(h.Theta)) : model.Vol!.Value;
        return new VolShift(scaled, Math.Max(scaled, -(1.0 - DownShockFloor) * lowest));
    }

    /// <summary>The time-scaled shift, before the floor, for a position <paramref name="daysToExpiry"/> days from expiry.</summary>
    public double Scale(double volShock, double daysToExpiry)
    {
        double days = Math.Max(daysToExpiry, DteFloorDays);
        double power = days < PivotDays ? ShortTermPower : LongTermPower;
        double scale = Math.Pow(PivotDays / days, power);
        return volShock * (volShock < 0.0 ? Math.Min(scale, MaxDownScale) : scale);
    }
}
