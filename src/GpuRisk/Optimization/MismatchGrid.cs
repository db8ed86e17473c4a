namespace GpuRisk.Optimization;

/// <summary>
/// The uniform grid of mismatch m = hedge - target (coins) the dynamic program runs on:
/// m_i = (i - <see cref="CenterIndex"/>) <see cref="StepCoins"/>, i = 0 .. <see cref="Points"/> - 1,
/// symmetric around the target, which is the centre point.
/// </summary>
/// <remarks>
/// Default range and spacing come from the continuous-time bands of each regime (per check, a =
/// E[dD^2] the target's variance, s^2 = E2, G the risk aversion):
/// proportional cost kappa S (fee plus the impact of a one-check-sized trade): h_p = (3 kappa S a / (2 G s^2))^(1/3)
/// (Whalley and Wilmott 1997); fixed cost K (gas): h_f = (12 K a / (G s^2))^(1/4) (Korn 1998). Their sum B
/// bounds the band with both costs; the largest B over regimes sets a half-range of
/// 4 B plus one check's reach (six diffusive sd and the largest jump) and a spacing of B / 20 (the band to
/// 5%), with 101 to 1201 points. A failure probability is left out: retries widen the band by
/// (1 - p)^(-1/4) at most, which the factor 4 covers. Regimes without risk (E2 = 0) or without moves are
/// left out; if none is left the range must be given.
/// A check long against the band makes the band far narrower than B (by about 0.58 sd of one check's
/// move), so the optimizer refines the spacing to a twentieth of the narrowest band it found
/// (<see cref="StepsPerBand"/>), the range to 4 times the widest plus the reach, and solves again,
/// unless the number of points is given. The policy evaluator sizes its grid on the policy's bands alike.
/// </remarks>
public sealed class MismatchGrid
{
    private const double RangeInBands = 4.0;
    /// <summary>Default grid steps across the narrowest band: the band to 5%.</summary>
    internal const double StepsPerBand = 20.0;
    private const int MinDefaultPoints = 101;
    private const int MaxDefaultPoints = 1201;

    /// <summary>A grid of <paramref name="points"/> (odd, &gt;= 3) over [-halfRange, +halfRange] coins.</summary>
    /// <exception cref="ArgumentException">Points even or below 3, or the half-range not finite and positive.</exception>
    public MismatchGrid(double halfRangeCoins, int points)
    {
        OptimizationInput.RequirePositive(halfRangeCoins, "grid", "half-range (coins)");
        if (points < 3 || points % 2 == 0)
            throw new ArgumentException($"grid: {points} points; need an odd number >= 3 so that the target is a grid point", nameof(points));
        Points = points;
        StepCoins = halfRangeCoins / CenterIndex;
    }

    /// <summary>Number of grid points (odd).</summary>
    public int Points { get; }

    /// <summary>Grid spacing, coins.</summary>
    public double StepCoins { get; }

    /// <summary>Index of the target, m = 0.</summary>
    public int CenterIndex => Points / 2;

    /// <summary>Largest mismatch on the grid, coins.</summary>
    public double HalfRangeCoins => CenterIndex * StepCoins;

    /// <summary>Mismatch at grid point <paramref name="index"/>, coins.</summary>
    public double Coins(int index) => (index - CenterIndex) * StepCoins;

    /// <summary>The grid point nearest to <paramref name="coins"/>, clamped to the grid.</summary>
    public int Nearest(double coins) => Math.Clamp(CenterIndex + (int)Math.Round(coins / StepCoins), 0, Points - 1);

    /// <summary>
    /// The grid <paramref name="settings"/> asks for, defaults filled in from every law in <paramref name="laws"/>
    /// (see remarks) or, where given, from the bands <paramref name="bands"/> it must hold and resolve.
    /// </summary>
    /// <exception cref="ArgumentException">No default range can be derived and none is given, or the settings are out of range.</exception>
    internal static MismatchGrid For(IEnumerable<RegimeHedgeLaw> laws, double riskAversionPerUsd, MismatchGridSettings? settings, BandSpan? bands = null)
    {
        double plausible = 0, reach = 0;
        foreach (RegimeHedgeLaw law in laws)
        {
            plausible = Math.Max(plausible, PlausibleBandCoins(law, riskAversionPerUsd));
            reach = Math.Max(reach, law.TargetIncrement.ReachCoins);
        }
        double widest = bands is { WidestCoins: var w } && double.IsFinite(w) ? w : plausible;
        double halfRange = settings?.HalfRangeCoins ?? RangeInBands * widest + reach;
        if (!(halfRange > 0))
            throw new ArgumentException("grid: no regime moves the target or prices risk, so no default range exists; give HalfRangeCoins", nameof(settings));
        double step = Math.Min(
            plausible > 0 ? plausible / StepsPerBand : halfRange / (MinDefaultPoints / 2),
            (bands?.NarrowestCoins ?? double.PositiveInfinity) / StepsPerBand);
        int points = settings?.Points
            ?? 2 * (int)Math.Clamp(Math.Ceiling(halfRange / step), MinDefaultPoints / 2, MaxDefaultPoints / 2) + 1;
        return new MismatchGrid(halfRange, points);
    }

    /// <summary>h_p + h_f of the remarks for one regime, coins; 0 when the regime has no risk or no moves.</summary>
    private static double PlausibleBandCoins(RegimeHedgeLaw law, double riskAversion)
    {
        double a = law.TargetIncrement.SecondMomentCoins2;
        double s2 = law.HedgeErrorVarianceUsd2PerCoin2;
        if (a == 0 || s2 == 0) return 0;
        double kappaS = law.ExecutionCostUsd(Math.Sqrt(a)) / Math.Sqrt(a);
        double proportional = Math.Cbrt(1.5 * kappaS * a / (riskAversion * s2));
        double fixedCost = Math.Pow(12 * law.Costs.GasUsd * a / (riskAversion * s2), 0.25);
        return proportional + fixedCost;
    }
}
