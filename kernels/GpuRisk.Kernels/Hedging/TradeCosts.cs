namespace GpuRisk.Kernels.Hedging;

/// <summary>The cost of one executed trade (fee, square-root impact and gas), the one formula every hedging kernel uses.</summary>
/// <remarks>
/// Impact follows the square-root law of market impact (Almgren, Thum, Hauptmann and Li, Risk 2005; Toth et al.,
/// Phys. Rev. X 1, 2011): a trade of q coins moves the price by about Impact sigma_day sqrt(|q| / depth), so its
/// cost is that times |q| S. sigma_day is the path's own instantaneous vol over one day, sqrt(v / 365).
/// </remarks>
public static class TradeCosts
{
    /// <summary>USD cost of trading <paramref name="quantity"/> coins at <paramref name="spot"/> with variance <paramref name="variance"/>.</summary>
    public static double Executed(in RegimeCosts costs, double quantity, double spot, double variance, double depthCoins)
    {
        double q = quantity < 0 ? -quantity : quantity;
        double sigmaDay = Math.Sqrt((variance > 0 ? variance : 0.0) / 365.0);
        return costs.FeeBps * 1e-4 * q * spot + costs.Impact * sigmaDay * q * Math.Sqrt(q) * spot / Math.Sqrt(depthCoins) + costs.GasUsd;
    }
}
