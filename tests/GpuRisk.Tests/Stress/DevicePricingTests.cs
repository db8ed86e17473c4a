using GpuRisk.Books;
using GpuRisk.Models;
using GpuRisk.Stress;
using MathNet.Numerics.Distributions;
using static GpuRisk.Tests.Stress.StressFixtures;

namespace GpuRisk.Tests.Stress;

/// <summary>
/// The device's base prices (the engine's value at the unshocked market) against independent references:
/// QuantLib's Heston and Bates engines (cached), and Black-Scholes written here with MathNet's normal CDF.
/// </summary>
public sealed class DevicePricingTests(CpuAcceleratorFixture fx) : IClassFixture<CpuAcceleratorFixture>
{
    private static readonly StressGrid Zero = StressGrid.Parse("spot=0;vol=0");

    // Cached from QuantLib 1.29 (Python): AnalyticHestonEngine(model, relTolerance 1e-13, maxEvaluations 1e6)
    // for Heston and BatesEngine(model, 1e-13, 1e6) for Bates; flat rate and dividend curves, Actual365Fixed,
    // expiry = evaluation date + days. The last case is Kahl and Jaeckel (Wilmott, Sept 2005), 4.95212.
    public static IEnumerable<object[]> QuantLibCases =>
    [
        [95000, 95000, 30, 0.04, 0.0, 0.25, 3.0, 0.30, 1.0, -0.3, 0, 0, 0, true, 5567.545973402557],
        [95000, 60000, 7, 0.04, 0.0, 0.25, 3.0, 0.30, 1.0, -0.3, 0, 0, 0, false, 9.073210416698022e-06],
        [95000, 150000, 365, 0.04, 0.01, 0.36, 1.5, 0.49, 2.0, -0.9, 0, 0, 0, true, 1675.9353948535318],
        [95000, 80000, 1, 0.04, 0.0, 0.64, 2.0, 0.5, 1.5, 0.5, 0, 0, 0, false, 0.006029322453871666],
        [3400, 3000, 730, 0.04, 0.0, 0.09, 0.5, 0.16, 0.8, -0.5, 0, 0, 0, true, 904.4977519992269],
        [95000, 95000, 30, 0.04, 0.0, 0.25, 3.0, 0.30, 1.0, -0.3, 3.0, -0.06, 0.10, true, 5937.661519121997],
        [95000, 70000, 90, 0.04, 0.0, 0.25, 3.0, 0.30, 1.0, -0.3, 3.0, -0.06, 0.10, false, 1620.2290061079257],
        [100, 200, 3650, 0.0, 0.0, 0.16, 1.0, 0.16, 2.0, -0.8, 0, 0, 0, true, 4.9521147208797345],
    ];

    [Theory]
    [MemberData(nameof(QuantLibCases))]
    public void FourierPriceMatchesQuantLib(double s, double k, double days, double r, double q, double v0, double kappa,
        double theta, double xi, double rho, double lambda, double mu, double sd, bool call, double expected)
    {
        var market = Market(r, Heston("X", s, new HestonParameters(v0, kappa, theta, xi, rho),
            lambda > 0 ? new JumpParameters(lambda, mu, sd) : null, q));
        var book = Book(Option("o", "X", call ? PositionKind.Call : PositionKind.Put, k, days, 1.0));
        double value = fx.Engine.Run(book, market, Zero).BaseValue;
        // DESIGN.md's bar: 1e-6 relative, or 1e-6 USD absolute for tiny prices.
        Assert.True(Math.Abs(value - expected) <= Math.Max(1e-6 * Math.Abs(expected), 1e-6),
            $"device {value:R} vs QuantLib {expected:R}");
    }

    [Theory]
    [InlineData(95000, 95000, 30, 0.04, 0.0, 0.6, true)]
    [InlineData(95000, 40000, 2, 0.04, 0.0, 1.5, false)]
    [InlineData(3400, 6000, 730, 0.05, 0.02, 0.3, true)]
    [InlineData(3400, 3000, 1, 0.0, 0.0, 0.75, false)]
    public void BlackScholesPriceAndGreeksMatchClosedForm(double s, double k, double days, double r, double q, double vol, bool call)
    {
        var market = Market(r, BlackScholes("X", s, vol, q));
        var book = Book(Option("o", "X", call ? PositionKind.Call : PositionKind.Put, k, days, 2.0));
        StressResult result = fx.Engine.Run(book, market, Zero);
        StressCell cell = result.Cells[0];
        double value = result.BaseValue;
        var (price, delta, gamma) = ReferenceBlackScholes(s, k, days / 365.0, r, q, vol, call);
        // MathNet's Normal.CDF is accurate to ~1e-15; the bar is DESIGN.md's 1e-6 relative (1e-6 USD absolute).
        Assert.True(Math.Abs(value - 2 * price) <= Math.Max(1e-6 * 2 * price, 1e-6), $"{value} vs {2 * price}");
        Assert.Equal(2 * delta, cell.Total.Delta, 1e-9);
        Assert.True(Math.Abs(cell.Total.Gamma - 2 * gamma) <= 1e-9 * Math.Abs(2 * gamma) + 1e-15);
    }

    /// <summary>Black-Scholes-Merton with continuous carry, from MathNet's normal distribution.</summary>
    internal static (double Price, double Delta, double Gamma) ReferenceBlackScholes(
        double s, double k, double t, double r, double q, double vol, bool call)
    {
        double sd = vol * Math.Sqrt(t);
        double d1 = (Math.Log(s / k) + (r - q + 0.5 * vol * vol) * t) / sd, d2 = d1 - sd;
        double gamma = Math.Exp(-q * t) * Normal.PDF(0, 1, d1) / (s * sd);
        return call
            ? (s * Math.Exp(-q * t) * Normal.CDF(0, 1, d1) - k * Math.Exp(-r * t) * Normal.CDF(0, 1, d2), Math.Exp(-q * t) * Normal.CDF(0, 1, d1), gamma)
            : (k * Math.Exp(-r * t) * Normal.CDF(0, 1, -d2) - s * Math.Exp(-q * t) * Normal.CDF(0, 1, -d1), -Math.Exp(-q * t) * Normal.CDF(0, 1, -d1), gamma);
    }
}
