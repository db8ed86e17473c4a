using GpuRisk.Pricing;
using GpuRisk.Pricing.Analytic;

namespace GpuRisk.Tests.Pricing;

/// <summary>Black-Scholes with carry against textbook tables, QuantLib, tail values and identities.</summary>
public sealed class BlackScholesTests
{
    private const OptionRight Call = OptionRight.Call;
    private const OptionRight Put = OptionRight.Put;

    // Haug, The Complete Guide to Option Pricing Formulas, 2nd ed. (2007), ch. 1 worked examples, printed to 4
    // decimals (so the tolerance is half a unit in the 4th decimal). Also cached in QuantLib's
    // test-suite/europeanoption.cpp. Carry c = r - b in Haug's notation.
    [Theory]
    [InlineData(Call, 60.0, 65.0, 0.25, 0.08, 0.0, 0.30, 2.1334)]   // Haug 1.1.1: generalized BS call
    [InlineData(Put, 100.0, 95.0, 0.5, 0.10, 0.05, 0.20, 2.4648)]   // Haug 1.1.2: Merton (1973) put, dividend yield 5%
    public void ValueMatchesHaug(OptionRight right, double s, double k, double t, double r, double c, double vol, double expected) =>
        Assert.Equal(expected, BlackScholes.Value(right, s, k, t, r, c, vol), 0.00005);

    [Fact]
    public void GreeksMatchHaug()
    {
        // Haug 2.1.1 delta: S=105 K=100 T=0.5 r=0.1 b=0 (c = 0.1) vol=0.36: call 0.5946, put -0.3566.
        Assert.Equal(0.5946, BlackScholes.Price(Call, 105, 100, 0.5, 0.1, 0.1, 0.36).Delta, 0.00005);
        Assert.Equal(-0.3566, BlackScholes.Price(Put, 105, 100, 0.5, 0.1, 0.1, 0.36).Delta, 0.00005);
        // Haug 2.2.1 gamma: S=55 K=60 T=0.75 r=0.1 b=0.1 vol=0.3: 0.0278.
        Assert.Equal(0.0278, BlackScholes.Price(Call, 55, 60, 0.75, 0.1, 0.0, 0.3).Gamma, 0.00005);
        // Haug 2.4.1 theta (per year): put S=430 K=405 T=1/12 r=0.07 b=0.02 vol=0.2: -31.1924. Ours is per day.
        Assert.Equal(-31.1924 / 365.0, BlackScholes.Price(Put, 430, 405, 1.0 / 12.0, 0.07, 0.05, 0.2).Theta, 0.00005 / 365.0);
    }

    [Fact]
    public void ValueMatchesHullExample()
    {
        // Hull, Options, Futures and Other Derivatives (9th ed.), Example 15.6: S=42 K=40 r=10% vol=20% T=0.5:
        // c = 4.76, p = 0.81 (printed to cents).
        Assert.Equal(4.76, BlackScholes.Value(Call, 42, 40, 0.5, 0.1, 0.0, 0.2), 0.005);
        Assert.Equal(0.81, BlackScholes.Value(Put, 42, 40, 0.5, 0.1, 0.0, 0.2), 0.005);
    }

    // QuantLib 1.29 BlackCalculator(payoff, F = S e^((r-c)T), stdDev = vol sqrt(T), D = e^(-rT)): value(),
    // delta(S), gamma(S), vega(T) (per unit vol), theta(S, T) (per year, dV/dt). Both sides are closed forms
    // evaluated in double precision, so they agree to ~1e-12 relative; 1e-10 leaves room for rounding.
    [Theory]
    [InlineData(Call, 95000.0, 100000.0, 30.0 / 365, 0.04, 0.01, 0.65, 5093.696913472619, 0.43260273662768584, 2.2197866115249793e-05, 10702.868391664444, -43350.09535488981)]
    [InlineData(Put, 3400.0, 3000.0, 1.0, 0.04, 0.02, 1.5, 1480.422987247574, -0.19462839877063579, 5.3573893763570827e-05, 928.971317860318, -624.2768377889324)]
    [InlineData(Call, 3400.0, 6800.0, 2.0, 0.04, 0.0, 0.3, 63.97213441595445, 0.10877487490744345, 0.00012930966724048883, 896.8918519800313, -79.50138650927643)]
    public void MatchesQuantLib(OptionRight right, double s, double k, double t, double r, double c, double vol,
        double value, double delta, double gamma, double vegaPerUnit, double thetaPerYear)
    {
        Valuation v = BlackScholes.Price(right, s, k, t, r, c, vol);
        AssertRelative(value, v.Value, 1e-10);
        AssertRelative(delta, v.Delta, 1e-10);
        AssertRelative(gamma, v.Gamma, 1e-10);
        AssertRelative(vegaPerUnit / 100.0, v.Vega, 1e-10);
        AssertRelative(thetaPerYear / 365.0, v.Theta, 1e-10);
    }

    // Deep out-of-the-money prices keep full relative accuracy (erfc-based Phi). Reference: the same closed
    // form in Python with C libm's math.erfc (QuantLib's BlackCalculator agrees to 5e-12 on the 1e-152 and
    // 1e-145 calls but returns -5e-12 for the 1e-60 put, computing it by parity). The formula's own
    // cancellation costs at most |d| / (vol sqrt T) ulps, under 1e-12 here; 1e-9 is safe.
    [Theory]
    [InlineData(Call, 95000.0, 190000.0, 1.0 / 365, 0.04, 0.0, 0.5, 1.0640190908783133e-152)]
    [InlineData(Put, 95000.0, 47500.0, 7.0 / 365, 0.04, 0.0, 0.3, 1.0416804379264409e-60)]
    [InlineData(Call, 95000.0, 142500.0, 1.0 / 365, 0.04, 0.0, 0.3, 2.1586248396501068e-145)]
    [InlineData(Put, 95000.0, 85000.0, 1.0 / 365, 0.04, 0.0, 0.3, 1.2841966885500337e-10)]
    public void TinyPricesKeepRelativeAccuracy(OptionRight right, double s, double k, double t, double r, double c, double vol, double expected) =>
        AssertRelative(expected, BlackScholes.Value(right, s, k, t, r, c, vol), 1e-9);

    [Theory]
    [InlineData(95000.0, 47500.0, 1.0 / 365, 0.04, 0.0, 0.5)]
    [InlineData(95000.0, 95000.0, 0.5, 0.04, 0.03, 0.8)]
    [InlineData(3400.0, 6800.0, 2.0, 0.04, -0.02, 1.5)]
    public void PutCallParity(double s, double k, double t, double r, double c, double vol)
    {
        // C - P = S e^(-cT) - K e^(-rT) (model-free); rounding of the larger leg bounds the error.
        Valuation call = BlackScholes.Price(Call, s, k, t, r, c, vol);
        Valuation put = BlackScholes.Price(Put, s, k, t, r, c, vol);
        Assert.Equal(s * Math.Exp(-c * t) - k * Math.Exp(-r * t), call.Value - put.Value, 1e-11 * s);
        Assert.Equal(Math.Exp(-c * t), call.Delta - put.Delta, 1e-12);
        Assert.Equal(0.0, call.Gamma - put.Gamma, 1e-12 * call.Gamma);
        Assert.Equal(0.0, call.Vega - put.Vega, 1e-12 * call.Vega);
    }

    [Theory]
    [InlineData(Call, 95000.0, 100000.0, 30.0 / 365, 0.04, 0.01, 0.65)]
    [InlineData(Put, 95000.0, 80000.0, 1.0 / 365, 0.04, 0.0, 0.5)]
    [InlineData(Put, 3400.0, 3400.0, 2.0, 0.04, 0.02, 1.5)]
    [InlineData(Call, 3400.0, 1700.0, 0.25, 0.04, -0.05, 0.3)]
    public void GreeksMatchFiniteDifferences(OptionRight right, double s, double k, double t, double r, double c, double vol)
    {
        Valuation v = BlackScholes.Price(right, s, k, t, r, c, vol);
        FiniteDifferenceGreeks fd = FiniteDifferenceGreeks.Of(
            (spot, years, shift) => BlackScholes.Value(right, spot, k, years, r, c, vol + shift), s, t);
        fd.AssertAgrees(v);
    }

    [Fact]
    public void ExpiredOptionIsWorthItsPayoff()
    {
        Assert.Equal(new Valuation(5000, 0, 1, 0, 0, 0), BlackScholes.Price(Call, 95000, 90000, 0.0, 0.04, 0.0, 0.5));
        Assert.Equal(Valuation.Zero, BlackScholes.Price(Put, 95000, 90000, -1.0 / 365, 0.04, 0.0, 0.5));
    }

    [Fact]
    public void ZeroVolIsTheDiscountedForwardPayoff()
    {
        // Deterministic limit: D max(F - K, 0) with delta e^(-cT).
        Valuation v = BlackScholes.Price(Call, 100, 90, 1.0, 0.05, 0.01, 0.0);
        Assert.Equal(100 * Math.Exp(-0.01) - 90 * Math.Exp(-0.05), v.Value, 1e-12);
        Assert.Equal(Math.Exp(-0.01), v.Delta, 1e-15);
    }

    internal static void AssertRelative(double expected, double actual, double tolerance) =>
        Assert.True(Math.Abs(actual - expected) <= tolerance * Math.Abs(expected),
            $"expected {expected:R}, got {actual:R} (relative error {Math.Abs(actual - expected) / Math.Abs(expected):E2})");
}
