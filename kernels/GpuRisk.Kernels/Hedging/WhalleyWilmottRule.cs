namespace GpuRisk.Kernels.Hedging;

/// <summary>
/// Whalley and Wilmott's asymptotically optimal band for proportional costs (<c>ww:gamma=G</c>):
/// h = (3/2 e^(-rT) kappa S Gamma^2 / G)^(1/3), with Gamma the book's gamma at the check, kappa the proportional
/// cost and T the book's gamma-weighted time to expiry; trades land on the edge by default.
/// </summary>
/// <remarks>A.E. Whalley and P. Wilmott, "An asymptotic analysis of an optimal hedging model for option pricing with
/// transaction costs", Mathematical Finance 7(3), 1997.</remarks>
public struct WhalleyWilmottRule : IHedgeRule
{
    /// <summary>CARA risk aversion G, 1/USD.</summary>
    public double RiskAversion;
    /// <summary>Where trades land (<see cref="Landing"/>).</summary>
    public int To;

    /// <inheritdoc/>
    public bool Decide(in HedgeCheck check, out double landing) =>
        Landing.Breached(To, check.Mismatch, Width(check, RiskAversion), out landing);

    /// <summary>The band half-width, coins.</summary>
    public static double Width(in HedgeCheck check, double riskAversion)
    {
        double x = 1.5 * Math.Exp(-check.Rate * check.GammaYears) * check.ProportionalCost * check.Spot * check.Gamma * check.Gamma / riskAversion;
        return x > 0 ? Math.Pow(x, 1.0 / 3.0) : 0.0;
    }
}
