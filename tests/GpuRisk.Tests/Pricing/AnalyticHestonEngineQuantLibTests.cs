using GpuRisk.Models;
using GpuRisk.Pricing;
using GpuRisk.Pricing.Analytic;
using Xunit.Abstractions;

namespace GpuRisk.Tests.Pricing;

/// <summary>
/// Heston and Bates prices against cached QuantLib 1.29 values (<see cref="QuantLibReferenceValues"/>) over
/// the crypto range: S = 95000 and 3400, strikes 0.5..2 x spot, T = 1, 7, 30, 365, 730 days, vol 30-150%,
/// xi up to 2, rho -0.9..+0.5, Feller violated in every set but one.
/// Bates: a subset of that grid (1 day to 2 years) with two jump sets, against a Poisson mixture of QuantLib
/// Heston prices. Errors are measured relative to max(price, 1 USD): relative for prices of a dollar or more, in
/// USD below. Tolerances are the measured worst errors with a small margin, far inside DESIGN.md's bar (1e-6
/// relative, or 1e-6 USD for tiny prices), so a regression shows long before the bar is broken: Heston 1.8e-10
/// measured (README.md claims 2e-10), Bates 4.1e-8 measured (the mixture's own quadrature dominates). QuantLib's
/// two Heston settings agree to 1.4e-8 relative (6e-7 USD on sub-micro-dollar prices, where QuantLib's check
/// engine goes negative); the reference engine is the more accurate one, which our engine meets to 1.8e-10.
/// The measured worst error is written to the test output.
/// </summary>
public sealed class AnalyticHestonEngineQuantLibTests(ITestOutputHelper output)
{
    private const double HestonTolerance = 2e-10, BatesTolerance = 5e-8;

    private static readonly AnalyticHestonEngine Engine = new();

    [Fact]
    public void HestonMatchesQuantLib() => Check(QuantLibReferenceValues.Heston, null, HestonTolerance);

    [Fact]
    public void BatesMatchesQuantLibWithDesignJumps() =>
        Check(QuantLibReferenceValues.BatesDesignJumps, new JumpParameters(3.0, -0.06, 0.10), BatesTolerance);

    [Fact]
    public void BatesMatchesQuantLibWithCrashJumps() =>
        Check(QuantLibReferenceValues.BatesCrashJumps, new JumpParameters(12.0, -0.15, 0.20), BatesTolerance);

    private void Check(QuantLibCase[] cases, JumpParameters? jumps, double tolerance)
    {
        double worst = 0.0;
        string worstCase = "";
        var v = new Valuation[2];
        foreach (QuantLibCase c in cases)
        {
            Engine.PriceStrip(c.Spot, c.Years, c.Rate, c.Carry, c.Heston, jumps,
                [OptionRight.Call, OptionRight.Put], [c.Strike, c.Strike], v);
            foreach ((double mine, double reference) in new[] { (v[0].Value, c.Call), (v[1].Value, c.Put) })
            {
                double error = Math.Abs(mine - reference) / Math.Max(Math.Abs(reference), 1.0);
                if (error > worst) (worst, worstCase) = (error, $"{c.Name} K={c.Strike} {c.Days} days");
                Assert.True(Math.Abs(mine - reference) <= tolerance * Math.Max(Math.Abs(reference), 1.0),
                    $"{c.Name} K={c.Strike} days={c.Days}: {mine:R} vs QuantLib {reference:R}");
            }
        }
        output.WriteLine($"largest |error| / max(price, 1 USD) over {cases.Length} call/put pairs: {worst:E2} ({worstCase})");
    }
}
