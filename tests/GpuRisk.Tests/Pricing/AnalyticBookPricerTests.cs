using GpuRisk.Books;
using GpuRisk.Markets;
using GpuRisk.Models;
using GpuRisk.Pricing;
using GpuRisk.Pricing.Analytic;

namespace GpuRisk.Tests.Pricing;

/// <summary>The book pricer applies DESIGN.md's instrument rules and sums positions.</summary>
public sealed class AnalyticBookPricerTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 8, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset In7Days = Now.AddDays(7);
    private static readonly DateTimeOffset In30Days = Now.AddDays(30);
    private const double Rate = 0.04;

    private static readonly UnderlyingMarket Btc = new("BTC", 95000, 0.01, null, 1000,
        new UnderlyingModel(null, new HestonParameters(0.25, 3.0, 0.30, 1.0, -0.3), new JumpParameters(3.0, -0.06, 0.10)));
    private static readonly UnderlyingMarket Eth = new("ETH", 3400, 0.02, null, 10000, UnderlyingModel.BlackScholes(0.75));

    private static readonly MarketSnapshot Market = new(Now, Rate, [Btc, Eth], [[1.0, 0.8], [0.8, 1.0]],
        RegimeChain.Single, new Dictionary<string, CostModel>(), "test-market.json");

    private static readonly Book TestBook = new(
    [
        new Position("c1", "BTC", PositionKind.Call, 100000, In7Days, 2.0, null),
        new Position("p1", "BTC", PositionKind.Put, 90000, In7Days, -3.0, null),
        new Position("c2", "BTC", PositionKind.Call, 110000, In30Days, 1.5, null),
        new Position("e1", "ETH", PositionKind.Put, 3000, In30Days, 10.0, null),
        new Position("f1", "BTC", PositionKind.Future, double.NaN, In30Days, 0.5, 94000.0),
        new Position("f2", "ETH", PositionKind.Future, double.NaN, In30Days, -4.0, null),
        new Position("x1", "BTC", PositionKind.Perp, double.NaN, null, -1.0, 96000.0),
        new Position("s1", "ETH", PositionKind.Spot, double.NaN, null, 7.0, null),
    ], "test-book.csv");

    private static readonly AnalyticHestonEngine Heston = new();
    private static readonly AnalyticBookPricer Pricer = new(Heston);

    [Fact]
    public void PositionsFollowTheInstrumentRulesAndSum()
    {
        BookValuation result = Pricer.Price(TestBook, Market);
        Assert.Equal(("analytic", "cpu", 0L), (result.Method, result.Device, result.Paths));
        Assert.Equal(TestBook.Positions.Select(p => p.Id), result.Positions.Select(p => p.Id));

        double t7 = 7.0 / 365, t30 = 30.0 / 365;
        HestonParameters h = Btc.Model.Heston!;
        JumpParameters j = Btc.Model.Jumps!;
        // Options: quantity x the per-coin price of the underlying's own model (Bates for BTC, BS for ETH).
        // The book prices BTC 7-day options as one strip; one-by-one prices agree to the integration tolerance.
        AssertClose(Heston.Price(OptionRight.Call, 95000, 100000, t7, Rate, 0.01, h, j).Scale(2.0), Figures(result, "c1"));
        AssertClose(Heston.Price(OptionRight.Put, 95000, 90000, t7, Rate, 0.01, h, j).Scale(-3.0), Figures(result, "p1"));
        AssertClose(Heston.Price(OptionRight.Call, 95000, 110000, t30, Rate, 0.01, h, j).Scale(1.5), Figures(result, "c2"));
        AssertClose(BlackScholes.Price(OptionRight.Put, 3400, 3000, t30, Rate, 0.02, 0.75).Scale(10.0), Figures(result, "e1"));

        // Future with entry: q (F - entry), delta q e^((r-c)T), theta = -q (r-c) F / 365.
        double growth = Math.Exp((Rate - 0.01) * t30), forward = 95000 * growth;
        AssertClose(new Valuation(0.5 * (forward - 94000), 0, 0.5 * growth, 0, 0, -0.5 * (Rate - 0.01) * forward / 365), Figures(result, "f1"));
        // Future without entry: entry = today's mark, value 0, Greeks unchanged.
        double ethForward = 3400 * Math.Exp((Rate - 0.02) * t30);
        AssertClose(new Valuation(0, 0, -4.0 * Math.Exp((Rate - 0.02) * t30), 0, 0, 4.0 * (Rate - 0.02) * ethForward / 365), Figures(result, "f2"));
        AssertClose(new Valuation(-1.0 * (95000 - 96000), 0, -1.0, 0, 0, 0), Figures(result, "x1"));
        AssertClose(new Valuation(7.0 * 3400, 0, 7.0, 0, 0, 0), Figures(result, "s1"));

        Valuation sum = result.Positions.Aggregate(Valuation.Zero, (acc, p) => acc + p.Figures);
        Assert.Equal(sum, result.Total);
        Assert.Equal(0.0, result.Total.StdErr);
    }

    [Fact]
    public void FutureGreeksMatchFiniteDifferences()
    {
        // The future's value is q (S e^((r-c)T) - entry): check delta and theta against differences of it.
        Position f = TestBook.Positions.Single(p => p.Id == "f1");
        double t = 30.0 / 365;
        Valuation v = Pricer.PricePosition(f, Btc, Rate, t);
        FiniteDifferenceGreeks.Of((s, years, _) => Pricer.PricePosition(f, Btc with { Spot = s }, Rate, years).Value, 95000, t)
            .AssertAgrees(v);
    }

    [Fact]
    public void ShockedRepricingUsesTodaysMarkAsEntry()
    {
        // The stress engine's path: fix entry prices at today's marks, then reprice on a shocked underlying.
        Position f2 = AnalyticBookPricer.WithEntryPriceAtMark(TestBook.Positions.Single(p => p.Id == "f2"), Market);
        Position s1 = TestBook.Positions.Single(p => p.Id == "s1");
        double t = 30.0 / 365, growth = Math.Exp((Rate - 0.02) * t);
        Assert.Equal(3400 * growth, f2.EntryPrice!.Value, 1e-9);

        UnderlyingMarket shocked = Eth with { Spot = 3400 * 0.84, Model = Eth.Model.ShiftVol(0.10) };
        Assert.Equal(-4.0 * (0.84 - 1.0) * 3400 * growth, Pricer.PricePosition(f2, shocked, Rate, t).Value, 1e-9);
        Assert.Equal(7.0 * 3400 * 0.84, Pricer.PricePosition(s1, shocked, Rate, t).Value, 1e-9);
        // Vol shock reaches the option through the model: ETH at 85% vol.
        Position e1 = TestBook.Positions.Single(p => p.Id == "e1");
        Assert.Equal(BlackScholes.Price(OptionRight.Put, 3400 * 0.84, 3000, t, Rate, 0.02, 0.85).Scale(10.0),
            Pricer.PricePosition(e1, shocked, Rate, t));
    }

    [Fact]
    public void MarketOverloadUsesYearsToExpiry()
    {
        Position c2 = TestBook.Positions.Single(p => p.Id == "c2");
        Assert.Equal(Pricer.PricePosition(c2, Btc, Rate, 30.0 / 365), Pricer.PricePosition(c2, Market));
    }

    private static Valuation Figures(BookValuation result, string id) => result.Positions.Single(p => p.Id == id).Figures;

    // Strip and single prices share no mesh, so they agree to the quadrature tolerance (1e-12 of the integrand
    // scale); 1e-9 relative plus 1e-9 absolute is ample. Closed-form rows agree to rounding.
    private static void AssertClose(Valuation expected, Valuation actual)
    {
        static void Near(string name, double e, double a) =>
            Assert.True(Math.Abs(e - a) <= 1e-9 * Math.Abs(e) + 1e-9, $"{name}: expected {e:R}, got {a:R}");
        Near("value", expected.Value, actual.Value);
        Near("delta", expected.Delta, actual.Delta);
        Near("gamma", expected.Gamma, actual.Gamma);
        Near("vega", expected.Vega, actual.Vega);
        Near("theta", expected.Theta, actual.Theta);
        Assert.Equal(0.0, actual.StdErr);
    }
}
