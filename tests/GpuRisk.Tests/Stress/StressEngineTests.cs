using GpuRisk.Books;
using GpuRisk.Markets;
using GpuRisk.Models;
using GpuRisk.Pricing.Analytic;
using GpuRisk.Stress;
using static GpuRisk.Tests.Stress.StressFixtures;

namespace GpuRisk.Tests.Stress;

/// <summary>The risk matrix against repricing at shocked inputs, finite differences, and known shapes.</summary>
public sealed class StressEngineTests(CpuAcceleratorFixture fx) : IClassFixture<CpuAcceleratorFixture>
{
    private static readonly HestonParameters BtcHeston = new(0.25, 3.0, 0.30, 1.0, -0.3);

    private static StressCell Cell(StressResult r, string underlying, double spot, double vol) =>
        r.Cells.Single(c => c.Underlying == underlying && c.SpotShock == spot && c.VolShock == vol);

    [Fact]
    public void ValueChangeIsRepricingAtShockedInputsPositionByPosition()
    {
        // Two Black-Scholes underlyings, default Deribit grid (vol shocks scaled per expiry). Reference:
        // closed-form Black-Scholes (MathNet normal CDF) at the shocked spot and vol minus at the base.
        var market = Market(0.04, BlackScholes("BTC", 95000, 0.6), BlackScholes("ETH", 3400, 0.75, 0.01));
        var book = Book(
            Option("c", "BTC", PositionKind.Call, 100000, 10, 1.5),
            Option("p", "BTC", PositionKind.Put, 80000, 60, -2.0),
            Option("e", "ETH", PositionKind.Put, 3000, 200, 10.0),
            Linear("f", "ETH", PositionKind.Future, -4.0, 90));
        StressGrid grid = StressGrid.DeribitDefault;
        StressResult r = fx.Engine.Run(book, market, grid);
        Assert.Equal(3 * grid.Scenarios.Count, r.Cells.Count);
        foreach (StressCell cell in r.Cells)
        {
            double expectedTotal = 0.0;
            for (int u = 0; u < 2; u++)
            {
                string name = r.Underlyings[u];
                bool shocked = cell.Underlying == "ALL" || cell.Underlying == name;
                UnderlyingMarket m = market.Underlying(name);
                double expected = 0.0;
                foreach (Position p in book.Positions.Where(p => p.Underlying == name))
                {
                    double t = market.YearsTo(p.Expiry!.Value);
                    double s = m.Spot * (1 + (shocked ? cell.SpotShock : 0));
                    if (p.Kind == PositionKind.Future)
                    {
                        expected += p.QuantityCoins * (s - m.Spot) * Math.Exp((market.Rate - m.Carry) * t);
                        continue;
                    }
                    double vol = m.Model.Vol!.Value + (shocked ? grid.Scaling.Shift(cell.VolShock, t * 365, m.Model).Applied : 0);
                    bool call = p.Kind == PositionKind.Call;
                    expected += p.QuantityCoins * (DevicePricingTests.ReferenceBlackScholes(s, p.Strike, t, market.Rate, m.Carry, vol, call).Price
                        - DevicePricingTests.ReferenceBlackScholes(m.Spot, p.Strike, t, market.Rate, m.Carry, m.Model.Vol.Value, call).Price);
                }
                // 1e-6 relative of the positions' notional scale: the bar for prices, applied to a difference of two.
                Assert.True(Math.Abs(cell.ByUnderlying[u].ValueChange - expected) <= 1e-6 * Math.Max(1.0, Math.Abs(expected)) + 1e-6,
                    $"{cell.Underlying} {cell.SpotShock} {cell.VolShock} {name}: {cell.ByUnderlying[u].ValueChange} vs {expected}");
                expectedTotal += expected;
            }
            Assert.Equal(expectedTotal, cell.Total.ValueChange, 1e-6 * Math.Max(1.0, Math.Abs(expectedTotal)));
        }
    }

    [Fact]
    public void HestonCellMatchesQuantLibAtShockedInputs()
    {
        // QuantLib 1.29 AnalyticHestonEngine (1e-13, 1e6 evaluations), 30-day ATM put on 1 coin:
        // base 5255.7300612439285; spot x0.84, sqrt(v0) and sqrt(theta) + 0.1 (v0 0.36, theta 0.41954451150103317):
        // 16047.652452909068.
        var market = Market(0.04, Heston("BTC", 95000, BtcHeston));
        var book = Book(Option("p", "BTC", PositionKind.Put, 95000, 30, 1.0));
        StressResult r = fx.Engine.Run(book, market, StressGrid.Parse("spot=-0.16;vol=0.1;power=0"));
        double expected = 16047.652452909068 - 5255.7300612439285;
        Assert.Equal(expected, Cell(r, "BTC", -0.16, 0.1).Total.ValueChange, 1e-6 * 16047.65);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void CellGreeksAgreeWithFiniteDifferencesOfCellValues(bool heston)
    {
        UnderlyingMarket u = heston ? Heston("BTC", 95000, BtcHeston, new JumpParameters(3.0, -0.06, 0.1)) : BlackScholes("BTC", 95000, 0.6);
        var market = Market(0.04, u);
        var book = Book(Option("c", "BTC", PositionKind.Call, 100000, 30, 1.0), Option("p", "BTC", PositionKind.Put, 85000, 90, -0.5));
        const double e = 1e-3, h = 1e-3;
        StressResult r = fx.Engine.Run(book, market, StressGrid.Parse($"spot=-{e},0,{e};vol=-{h},0,{h};power=0"));
        CellFigures at = Cell(r, "BTC", 0, 0).Total;
        double up = Cell(r, "BTC", e, 0).Total.ValueChange, down = Cell(r, "BTC", -e, 0).Total.ValueChange;
        double ds = e * u.Spot;
        // Central differences: truncation O(e^2) ~ 1e-6 relative, rounding ~1e-13 F / ds; DESIGN.md's bar is 1e-4.
        AssertRelative((up - down) / (2 * ds), at.Delta, 1e-4);
        AssertRelative((up + down) / (ds * ds), at.Gamma, 1e-4);
        double vegaFd = (Cell(r, "BTC", 0, h).Total.ValueChange - Cell(r, "BTC", 0, -h).Total.ValueChange) / (2 * h) * 0.01;
        AssertRelative(vegaFd, at.Vega, 1e-4);
        // Theta: reprice with the clock an hour earlier and later (T +- 1h, model inputs fixed).
        double hour = 1.0 / 24.0;
        double later = fx.Engine.Run(book, market with { ValuationTime = Now.AddHours(1) }, StressGrid.Parse("spot=0")).BaseValue;
        double earlier = fx.Engine.Run(book, market with { ValuationTime = Now.AddHours(-1) }, StressGrid.Parse("spot=0")).BaseValue;
        AssertRelative((later - earlier) / (2 * hour), at.Theta, 1e-4);
    }

    [Fact]
    public void LowVolHestonTakesTheDefaultGridWithTheDownShockFloored()
    {
        // sqrt(v0) 0.2 and sqrt(theta) 0.25: Deribit's -30 points would take both below zero. The floor keeps half
        // of the lower one, so both move by -0.1, to 0.1 and 0.15. Reference: the host's analytic Heston engine (a
        // second implementation, checked against QuantLib) at the floored parameters minus at the base.
        var heston = new HestonParameters(0.04, 2.0, 0.0625, 0.5, -0.5);
        var market = Market(0.04, Heston("LOW", 100, heston));
        var book = Book(Option("c", "LOW", PositionKind.Call, 100, 7, 1.0));
        StressResult r = fx.Engine.Run(book, market, StressGrid.DeribitDefault);
        var engine = new AnalyticHestonEngine();
        double Value(HestonParameters h) => engine.Price(OptionRight.Call, 100, 100, 7.0 / 365, 0.04, 0, h).Value;
        double expected = Value(new HestonParameters(0.1 * 0.1, 2.0, 0.15 * 0.15, 0.5, -0.5)) - Value(heston);
        Assert.Equal(expected, Cell(r, "LOW", 0, -0.3).Total.ValueChange, 1e-6 * Value(heston));
        Assert.All(r.Cells, c => Assert.True(double.IsFinite(c.Total.ValueChange) && double.IsFinite(c.Total.Vega)));
        // A long call loses most with spot and vol down: the worst cell says the floor set its vol shift.
        Assert.Equal((-0.16, -0.3), (r.Worst.SpotShock, r.Worst.VolShock));
        ExpiryVolShift applied = Assert.Single(r.WorstVolShifts);
        Assert.Equal(("LOW", -0.3, true), (applied.Underlying, applied.Shift.Scaled, applied.Shift.Floored));
        Assert.Equal(-0.1, applied.Shift.Applied, 1e-15);
    }

    [Fact]
    public void LongStraddleGainsAtBothSpotExtremesAndLosesTheta()
    {
        var market = Market(0.04, Heston("BTC", 95000, BtcHeston));
        var book = Book(Option("c", "BTC", PositionKind.Call, 95000, 30, 1.0), Option("p", "BTC", PositionKind.Put, 95000, 30, 1.0));
        StressResult r = fx.Engine.Run(book, market, StressGrid.DeribitDefault);
        Assert.True(Cell(r, "ALL", -0.16, 0).Total.ValueChange > 0);
        Assert.True(Cell(r, "ALL", 0.16, 0).Total.ValueChange > 0);
        Assert.True(Cell(r, "ALL", 0, 0).Total.Theta < 0);
        Assert.Equal(0.0, Cell(r, "ALL", 0, 0).Total.ValueChange);
    }

    [Fact]
    public void ShortPutsWorstCellIsTheLargestDownMoveWithVolUp()
    {
        var market = Market(0.04, BlackScholes("ETH", 3400, 0.75));
        var book = Book(Option("p", "ETH", PositionKind.Put, 3000, 45, -10.0));
        StressResult r = fx.Engine.Run(book, market, StressGrid.DeribitDefault);
        Assert.Equal(StressGrid.DeribitExtendedShocks.Min(), r.Worst.SpotShock);
        Assert.Equal(StressGrid.DeribitVolUp, r.Worst.VolShock);
        // Within the core +-16% grid the same holds.
        StressResult core = fx.Engine.Run(book, market, StressGrid.Parse("spot=-0.16,-0.08,0,0.08,0.16;vol=-0.3,0,0.45"));
        Assert.Equal(-0.16, core.Worst.SpotShock);
        Assert.Equal(0.45, core.Worst.VolShock);
    }

    [Fact]
    public void DeltaHedgedBookIsFlatToFirstOrder()
    {
        var market = Market(0.04, Heston("BTC", 95000, BtcHeston));
        var option = Book(Option("c", "BTC", PositionKind.Call, 95000, 30, 1.0));
        double delta = fx.Engine.Run(option, market, StressGrid.Parse("spot=0")).Cells[0].Total.Delta;
        var hedged = Book(option.Positions[0], Linear("h", "BTC", PositionKind.Perp, -delta));
        StressResult r = fx.Engine.Run(hedged, market, StressGrid.Parse("spot=-0.01,0,0.01;vol=0"));
        double up = Cell(r, "BTC", 0.01, 0).Total.ValueChange, down = Cell(r, "BTC", -0.01, 0).Total.ValueChange;
        Assert.Equal(0.0, Cell(r, "BTC", 0, 0).Total.Delta, 1e-9);
        // The odd part (first order) vanishes; what is left is O(s^3), a few % of the gamma (even) part at s = 1%.
        Assert.True(Math.Abs(up - down) < 0.05 * Math.Abs(up + down), $"up {up}, down {down}");
        Assert.True(up > 0 && down > 0);
    }

    private static void AssertRelative(double expected, double actual, double tolerance) =>
        Assert.True(Math.Abs(actual - expected) <= tolerance * Math.Abs(expected), $"expected {expected:R}, got {actual:R}");
}
