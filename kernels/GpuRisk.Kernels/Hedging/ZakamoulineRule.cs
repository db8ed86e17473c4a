namespace GpuRisk.Kernels.Hedging;

/// <summary>
/// Zakamouline's band (<c>zakamouline:gamma=G</c>): half-width H0 + H1 with H0 = kappa / (G S sigma^2 T) and
/// H1 = 1.12 kappa^0.31 T^0.05 (e^(-rT) / sigma)^0.25 (|Gamma| / G)^0.5, sigma the path's instantaneous vol, T the
/// book's gamma-weighted time to expiry; trades land on the edge by default. The band is centred on the book's
/// model delta: Zakamouline's vol-adjusted delta needs each option re-priced at a modified vol, which the series
/// does not carry (its effect is second order in the cost).
/// </summary>
/// <remarks>V.I. Zakamouline, "Efficient analytic approximation of the optimal hedging strategy for a European
/// call option with transaction costs", Quantitative Finance 6(5), 2006, eq. (29)-(31).</remarks>
public struct ZakamoulineRule : IHedgeRule
{
    /// <summary>CARA risk aversion G, 1/USD.</summary>
    public double RiskAversion;
    /// <summary>Where trades land (<see cref="Landing"/>).</summary>
    public int To;

    /// <inheritdoc/>
    public bool Decide(in HedgeCheck check, out double landing) =>
        Landing.Breached(To, check.Mismatch, Width(check, RiskAversion), out landing);

    /// <summary>The band half-width H0 + H1, coins.</summary>
    public static double Width(in HedgeCheck check, double riskAversion)
    {
        double sigma = Math.Sqrt(check.Variance > 0 ? check.Variance : 0.0);
        double years = check.GammaYears;
        if (sigma <= 0 || years <= 0 || check.ProportionalCost <= 0) return 0.0;
        double kappa = check.ProportionalCost;
        double gamma = check.Gamma < 0 ? -check.Gamma : check.Gamma;
        double h0 = kappa / (riskAversion * check.Spot * sigma * sigma * years);
        double h1 = 1.12 * Math.Pow(kappa, 0.31) * Math.Pow(years, 0.05) * Math.Pow(Math.Exp(-check.Rate * years) / sigma, 0.25)
                    * Math.Sqrt(gamma / riskAversion);
        return h0 + h1;
    }
}
