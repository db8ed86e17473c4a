using GpuRisk.Pricing;

namespace GpuRisk.Tests.Pricing;

/// <summary>
/// Greeks by central differences of a price function with one Richardson step (truncation O(h^4)), the
/// independent check that DESIGN.md asks analytic Greeks to meet to 1e-4 relative.
/// </summary>
/// <remarks>
/// Steps: spot 1e-3 S (delta, gamma), vol 1e-3 (vega), time T/100 (theta). With prices accurate to ~1e-12 of
/// spot (analytic Heston) or to rounding (Black-Scholes), rounding contributes under 1e-7 relative and the
/// O(h^4) truncation less, so 1e-4 relative is a real test of the analytic formulas. The small absolute floors
/// only matter for Greeks of deep out-of-the-money options whose price is below a cent.
/// </remarks>
internal sealed record FiniteDifferenceGreeks(double Delta, double Gamma, double Vega, double Theta, double Spot)
{
    /// <summary>Price as a function of spot, years to expiry and an absolute vol shift.</summary>
    public delegate double PriceFunction(double spot, double years, double volShift);

    public static FiniteDifferenceGreeks Of(PriceFunction price, double spot, double years)
    {
        double hs = 1e-3 * spot, hv = 1e-3, ht = years / 100.0;
        double v0 = price(spot, years, 0.0);
        double Slope(Func<double, double> f, double h) => (f(h) - f(-h)) / (2.0 * h);
        double Curve(Func<double, double> f, double h) => (f(h) - 2.0 * v0 + f(-h)) / (h * h);
        double Richardson(Func<double, double> estimate, double h) => (4.0 * estimate(0.5 * h) - estimate(h)) / 3.0;

        Func<double, double> bySpot = d => price(spot + d, years, 0.0);
        Func<double, double> byVol = d => price(spot, years, d);
        Func<double, double> byYears = d => price(spot, years + d, 0.0);
        return new FiniteDifferenceGreeks(
            Richardson(h => Slope(bySpot, h), hs),
            Richardson(h => Curve(bySpot, h), hs),
            0.01 * Richardson(h => Slope(byVol, h), hv),
            -Richardson(h => Slope(byYears, h), ht) / 365.0,
            spot);
    }

    public void AssertAgrees(Valuation analytic, double relative = 1e-4)
    {
        Check("delta", Delta, analytic.Delta, relative, 1e-10);
        Check("gamma", Gamma, analytic.Gamma, relative, 1e-8 / Spot);
        Check("vega", Vega, analytic.Vega, relative, 1e-8);
        Check("theta", Theta, analytic.Theta, relative, 1e-8);
    }

    private static void Check(string name, double fd, double analytic, double relative, double floor) =>
        Assert.True(Math.Abs(fd - analytic) <= relative * Math.Abs(analytic) + floor,
            $"{name}: analytic {analytic:R}, finite difference {fd:R}, relative difference {Math.Abs(fd - analytic) / Math.Abs(analytic):E2}");
}
