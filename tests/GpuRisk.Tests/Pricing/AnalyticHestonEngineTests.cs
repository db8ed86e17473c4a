using GpuRisk.Models;
using GpuRisk.Pricing;
using GpuRisk.Pricing.Analytic;

namespace GpuRisk.Tests.Pricing;

/// <summary>Heston and Bates: published values, limits, identities and Greeks against finite differences.</summary>
public sealed class AnalyticHestonEngineTests
{
    private static readonly AnalyticHestonEngine Engine = new();
    private static readonly HestonParameters DesignBtc = new(0.25, 3.0, 0.30, 1.0, -0.3);
    private static readonly JumpParameters DesignJumps = new(3.0, -0.06, 0.10);

    [Fact]
    public void KahlJaeckelCase()
    {
        // Kahl & Jäckel, "Not-so-complex logarithms in the Heston model", Wilmott (Sept 2005): S=100 K=200 T=10
        // v0=theta=0.16 kappa=1 xi=2 rho=-0.8 r=q=0 (Feller violated, branch cut crossed by naive formulas).
        // Cached 4.95212 in QuantLib's test-suite/hestonmodel.cpp, checked there to 1e-5 (the cached digits are
        // 5e-6 above the converged value); QuantLib 1.29 AnalyticHestonEngine at 1e-12 (OptimalCV and plain
        // Andersen-Piterbarg agree) gives 4.952114720879754, which we meet to 1e-10 relative.
        double value = Engine.Price(OptionRight.Call, 100, 200, 10, 0, 0, new HestonParameters(0.16, 1, 0.16, 2, -0.8)).Value;
        Assert.Equal(4.95212, value, 1e-5);
        Assert.Equal(4.952114720879754, value, 1e-10 * 4.95);
    }

    // Albrecher, Mayer, Schoutens, Tistaert, "The Little Heston Trap", Wilmott (2007), numerical section:
    // kappa=1.5768 theta=0.0398 xi=0.5751 rho=-0.5711 v0=0.0175 (Schoutens-Simons-Tistaert 2004 calibration),
    // S=100 r=0.025 q=0, out to 30 years where the original formulation jumps branches. Values: QuantLib 1.29
    // AnalyticHestonEngine (AndersenPiterbargOptCV, gaussLobatto 1e-12, epsilon 1e-15); AndersenPiterbarg with
    // gaussKronrod agrees to 2e-14. Tolerance 1e-9 relative: far inside the bar, above both quadratures' error.
    [Theory]
    [InlineData(1.0, 80.0, 23.02850727154701)]
    [InlineData(1.0, 100.0, 7.274266964223338)]
    [InlineData(1.0, 120.0, 0.7054102528134588)]
    [InlineData(10.0, 80.0, 44.14165876723667)]
    [InlineData(10.0, 100.0, 33.841937465812556)]
    [InlineData(10.0, 120.0, 25.35684053009465)]
    [InlineData(30.0, 80.0, 68.63412442808087)]
    [InlineData(30.0, 100.0, 62.69247368483567)]
    [InlineData(30.0, 120.0, 57.356357177895376)]
    public void LittleHestonTrapCases(double years, double strike, double expected)
    {
        var heston = new HestonParameters(0.0175, 1.5768, 0.0398, 0.5751, -0.5711);
        BlackScholesTests.AssertRelative(expected, Engine.Price(OptionRight.Call, 100, strike, years, 0.025, 0, heston).Value, 1e-9);
    }

    [Theory]
    [InlineData(1.0 / 365, 0.5)]
    [InlineData(7.0 / 365, 1.0)]
    [InlineData(1.0, 0.8)]
    [InlineData(2.0, 2.0)]
    public void TinyVolOfVolIsBlackScholes(double years, double moneyness)
    {
        // xi -> 0 with v0 = theta: variance stays at v0, so Heston is Black-Scholes with vol sqrt(v0) (Heston 1993).
        // With rho = 0 the price moves by O(xi^2) = 1e-8 here (with rho != 0 by O(xi rho T), ~1e-6 at 2 years),
        // so the tolerances below test the xi -> 0 form of the characteristic function (no 1/xi^2 cancellation)
        // and the integration, not the model difference.
        var heston = new HestonParameters(0.36, 2.0, 0.36, 1e-4, 0.0);
        double strike = 95000 * moneyness;
        foreach (OptionRight right in new[] { OptionRight.Call, OptionRight.Put })
        {
            Valuation h = Engine.Price(right, 95000, strike, years, 0.04, 0.01, heston);
            Valuation bs = BlackScholes.Price(right, 95000, strike, years, 0.04, 0.01, 0.6);
            Assert.Equal(bs.Value, h.Value, Math.Max(1e-9 * bs.Value, 1e-7));
            Assert.Equal(bs.Delta, h.Delta, 1e-9);
            // Vega: Heston's shift moves sqrt(v0) and sqrt(theta) together, which is Black-Scholes vega here.
            Assert.Equal(bs.Vega, h.Vega, Math.Max(1e-8 * Math.Abs(bs.Vega), 1e-7));
            Assert.Equal(bs.Theta, h.Theta, Math.Max(1e-8 * Math.Abs(bs.Theta), 1e-7));
        }
    }

    [Fact]
    public void BatesWithoutJumpsIsHeston()
    {
        // lambda = 0 switches the jumps off exactly, whatever their size.
        var noJumps = new JumpParameters(0.0, -0.2, 0.3);
        foreach (double days in new[] { 1.0, 30.0, 730.0 })
        {
            Valuation h = Engine.Price(OptionRight.Put, 95000, 80000, days / 365, 0.04, 0, DesignBtc);
            Valuation b = Engine.Price(OptionRight.Put, 95000, 80000, days / 365, 0.04, 0, DesignBtc, noJumps);
            Assert.Equal(h, b);
        }
    }

    [Theory]
    [InlineData(1.0 / 365)]
    [InlineData(30.0 / 365)]
    [InlineData(2.0)]
    public void PutCallParityHoldsForHestonAndBates(double years)
    {
        // C - P = S e^(-cT) - K e^(-rT): model-free. Our call and put share the Fourier correction, so this checks
        // the Black-Scholes control-variate parts; tolerance: rounding of the larger leg (1e-11 of spot).
        foreach (JumpParameters? jumps in new[] { null, DesignJumps })
        foreach (double strike in new[] { 47500.0, 95000.0, 190000.0 })
        {
            Valuation c = Engine.Price(OptionRight.Call, 95000, strike, years, 0.04, 0.01, DesignBtc, jumps);
            Valuation p = Engine.Price(OptionRight.Put, 95000, strike, years, 0.04, 0.01, DesignBtc, jumps);
            Assert.Equal(95000 * Math.Exp(-0.01 * years) - strike * Math.Exp(-0.04 * years), c.Value - p.Value, 1e-11 * 95000);
            Assert.Equal(Math.Exp(-0.01 * years), c.Delta - p.Delta, 1e-12);
        }
    }

    [Fact]
    public void StripEqualsOneByOne()
    {
        // Pricing strikes together shares the mesh; each must still meet its own tolerance, so a strip and single
        // prices agree to the integration tolerance (1e-12 of the scale, here 1e-9 relative is ample).
        double[] strikes = [47500, 76000, 95000, 118750, 190000];
        OptionRight[] rights = [OptionRight.Put, OptionRight.Put, OptionRight.Call, OptionRight.Call, OptionRight.Call];
        var strip = new Valuation[5];
        Engine.PriceStrip(95000, 7.0 / 365, 0.04, 0, DesignBtc, DesignJumps, rights, strikes, strip);
        for (int k = 0; k < 5; k++)
        {
            Valuation one = Engine.Price(rights[k], 95000, strikes[k], 7.0 / 365, 0.04, 0, DesignBtc, DesignJumps);
            Assert.Equal(one.Value, strip[k].Value, Math.Max(1e-9 * one.Value, 1e-9));
            Assert.Equal(one.Gamma, strip[k].Gamma, 1e-9 * Math.Abs(one.Gamma) + 1e-15);
        }
    }

    [Fact]
    public void ExpiredOptionIsWorthItsPayoff() =>
        Assert.Equal(new Valuation(5000, 0, -1, 0, 0, 0), Engine.Price(OptionRight.Put, 90000, 95000, 0.0, 0.04, 0, DesignBtc));

    public static TheoryData<string, double, double, double, bool> GreekCases => new()
    {
        // name, strike, years, rho override, jumps
        { "ATM 1 day", 95000, 1.0 / 365, -0.3, false },
        { "OTM put 7 days, steep skew", 80000, 7.0 / 365, -0.9, false },
        { "OTM call 30 days, positive rho", 120000, 30.0 / 365, 0.5, false },
        { "ITM call 1 year", 70000, 1.0, -0.3, false },
        { "OTM call 2 years", 190000, 2.0, -0.6, false },
        { "Bates ATM 7 days", 95000, 7.0 / 365, -0.3, true },
        { "Bates OTM put 30 days", 70000, 30.0 / 365, -0.3, true },
        { "Bates OTM call 1 year", 150000, 1.0, 0.2, true },
    };

    [Theory]
    [MemberData(nameof(GreekCases))]
    public void GreeksMatchFiniteDifferences(string name, double strike, double years, double rho, bool withJumps)
    {
        _ = name;
        var model = new UnderlyingModel(null, DesignBtc with { Xi = 1.5, Rho = rho }, withJumps ? DesignJumps : null);
        OptionRight right = strike < 95000 && !(years >= 1.0) ? OptionRight.Put : OptionRight.Call;
        Valuation analytic = Engine.Price(right, 95000, strike, years, 0.04, 0.01, model.Heston!, model.Jumps);
        FiniteDifferenceGreeks fd = FiniteDifferenceGreeks.Of((spot, t, shift) =>
        {
            UnderlyingModel m = model.ShiftVol(shift);
            return Engine.Price(right, spot, strike, t, 0.04, 0.01, m.Heston!, m.Jumps).Value;
        }, 95000, years);
        fd.AssertAgrees(analytic);
    }
}
