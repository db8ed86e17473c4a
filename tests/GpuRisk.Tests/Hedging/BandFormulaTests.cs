using GpuRisk.Kernels.Hedging;
using MathNet.Numerics.Distributions;

namespace GpuRisk.Tests.Hedging;

/// <summary>The Whalley-Wilmott and Zakamouline bands against published and hand-worked figures.</summary>
public sealed class BandFormulaTests
{
    /// <summary>
    /// pfhedge's WhalleyWilmott example (pfhedge.nn.WhalleyWilmott docstring: K = 1, T = 0.1, sigma = 0.2, cost 1e-5,
    /// a = 1, previous hedge 0.5, log-moneyness -0.05, -0.01, 0, 0.01, 0.05 -> 0.2946, 0.5, 0.5, 0.5, 0.7284): the
    /// Black-Scholes delta and gamma of that call, our band, and a trade to the edge when the previous hedge lies outside.
    /// </summary>
    [Fact]
    public void Whalley_wilmott_clamps_the_hedge_as_pfhedge_publishes()
    {
        double[] moneyness = [-0.05, -0.01, 0.0, 0.01, 0.05];
        double[] expected = [0.2946, 0.5, 0.5, 0.5, 0.7284];
        const double t = 0.1, sigma = 0.2, cost = 1e-5, previous = 0.5;
        var rule = new WhalleyWilmottRule { RiskAversion = 1.0, To = Landing.Edge };
        for (int i = 0; i < moneyness.Length; i++)
        {
            double s = Math.Exp(moneyness[i]), sd = sigma * Math.Sqrt(t);
            double d1 = moneyness[i] / sd + 0.5 * sd;
            double delta = Normal.CDF(0, 1, d1), gamma = Normal.PDF(0, 1, d1) / (s * sd);
            var check = new HedgeCheck { Mismatch = previous - delta, Gamma = gamma, GammaYears = t, Spot = s, ProportionalCost = cost, Rate = 0 };
            double hedge = rule.Decide(check, out double landing) ? delta + landing : previous;
            Assert.Equal(expected[i], hedge, 4);
        }
    }

    /// <summary>
    /// Zakamouline's band on a worked example: S = 100, sigma = 0.4, T = 0.25, Gamma = 0.02, kappa = 0.001, gamma = 0.01,
    /// r = 0.05. By hand: H0 = 0.001 / (0.01 x 100 x 0.16 x 0.25) = 0.025; H1 = 1.12 x 0.001^0.31 x 0.25^0.05 x
    /// (e^-0.0125 / 0.4)^0.25 x (0.02 / 0.01)^0.5 = 1.12 x 0.117490 x 0.933033 x 1.253510 x 1.414214 = 0.217650; the band is their sum.
    /// </summary>
    [Fact]
    public void Zakamouline_band_matches_the_worked_example()
    {
        var check = new HedgeCheck { Gamma = 0.02, GammaYears = 0.25, Spot = 100, Variance = 0.16, ProportionalCost = 0.001, Rate = 0.05 };
        double h0 = 0.001 / (0.01 * 100 * 0.16 * 0.25);
        double h1 = 1.12 * Math.Pow(0.001, 0.31) * Math.Pow(0.25, 0.05) * Math.Pow(Math.Exp(-0.0125) / 0.4, 0.25) * Math.Sqrt(2.0);
        Assert.Equal(0.025, h0, 12);
        Assert.Equal(0.217650, h1, 5);
        Assert.Equal(h0 + h1, ZakamoulineRule.Width(check, 0.01), 12);
    }
}
