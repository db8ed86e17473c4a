namespace GpuRisk.Optimization;

/// <summary>
/// A no-trade band around the target with a reset on each side, coins: while -LowerBand &lt;= m &lt;= UpperBand
/// (m = hedge - target) leave the hedge; above, trade to m = +UpperReset; below, to m = -LowerReset.
/// A reset is measured on the side of the breach: r = band trades to the edge, r = 0 to the target.
/// </summary>
/// <param name="UpperBandCoins">h+, coins, &gt;= 0; +infinity: never trade on this side.</param>
/// <param name="UpperResetCoins">r+, coins, at most h+ (NaN when the side never trades).</param>
/// <param name="LowerBandCoins">h-, coins, &gt;= 0; +infinity: never trade on this side.</param>
/// <param name="LowerResetCoins">r-, coins, at most h- (NaN when the side never trades).</param>
public sealed record RegimeBand(double UpperBandCoins, double UpperResetCoins, double LowerBandCoins, double LowerResetCoins)
{
    /// <summary>The same band h and reset r on both sides.</summary>
    public static RegimeBand Symmetric(double bandCoins, double resetCoins) => new(bandCoins, resetCoins, bandCoins, resetCoins);

    /// <summary>Never trade.</summary>
    public static RegimeBand Never { get; } = Symmetric(double.PositiveInfinity, double.NaN);

    /// <summary>h, the mean of the two sides' bands, coins.</summary>
    public double BandCoins => 0.5 * (UpperBandCoins + LowerBandCoins);

    /// <summary>r, the mean of the two sides' resets, coins.</summary>
    public double ResetCoins => 0.5 * (UpperResetCoins + LowerResetCoins);

    /// <summary>Both sides agree within <paramref name="toleranceCoins"/> (an infinite band agrees only with another).</summary>
    public bool IsSymmetric(double toleranceCoins) =>
        Agree(UpperBandCoins, LowerBandCoins, toleranceCoins) && Agree(UpperResetCoins, LowerResetCoins, toleranceCoins);

    /// <exception cref="ArgumentException">A band negative or NaN, or a finite side's reset not finite or landing outside the band.</exception>
    internal void Validate(string owner)
    {
        ValidateSide(UpperBandCoins, UpperResetCoins, LowerBandCoins, owner, "upper");
        ValidateSide(LowerBandCoins, LowerResetCoins, UpperBandCoins, owner, "lower");
    }

    private static void ValidateSide(double band, double reset, double otherBand, string owner, string side)
    {
        if (!(band >= 0)) throw new ArgumentException($"{owner}: {side} band {band} must be >= 0", nameof(band));
        if (double.IsPositiveInfinity(band)) return;
        if (!(reset <= band && reset >= -otherBand))
            throw new ArgumentException($"{owner}: {side} reset {reset} must land inside the band [-{otherBand}, {band}]", nameof(reset));
    }

    private static bool Agree(double a, double b, double tolerance) =>
        a == b || (double.IsNaN(a) && double.IsNaN(b)) || Math.Abs(a - b) <= tolerance;
}
