namespace GpuRisk.Optimization;

/// <summary>
/// The narrowest and widest positive band over every side of a set of bands, coins: what a grid must
/// resolve and hold. A side that never trades makes the widest infinite; with no positive band both are.
/// </summary>
internal readonly record struct BandSpan(double NarrowestCoins, double WidestCoins)
{
    public static BandSpan Of(IEnumerable<RegimeBand> bands)
    {
        double narrowest = double.PositiveInfinity, widest = 0;
        foreach (RegimeBand band in bands)
        {
            foreach (double side in (ReadOnlySpan<double>)[band.UpperBandCoins, band.LowerBandCoins])
            {
                if (!(side > 0)) continue;
                narrowest = Math.Min(narrowest, side);
                widest = Math.Max(widest, side);
            }
        }
        return new BandSpan(narrowest, widest > 0 ? widest : double.PositiveInfinity);
    }
}
