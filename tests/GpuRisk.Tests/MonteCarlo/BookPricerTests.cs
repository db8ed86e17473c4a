using GpuRisk.Books;
using GpuRisk.Devices;
using GpuRisk.Markets;
using GpuRisk.Models;
using GpuRisk.MonteCarlo;
using GpuRisk.Pricing;

namespace GpuRisk.Tests.MonteCarlo;

public sealed class BookPricerTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 8, 0, 0, TimeSpan.Zero);

    private static MarketSnapshot Market() => new(
        Now, 0.04,
        [
            new UnderlyingMarket("BTC", 95000, 0.01, null, 1000, new UnderlyingModel(null,
                new HestonParameters(0.25, 3.0, 0.30, 1.0, -0.3), new JumpParameters(3.0, -0.06, 0.10))),
            new UnderlyingMarket("ETH", 3400, 0.0, null, 1000, UnderlyingModel.BlackScholes(0.75)),
        ],
        [[1.0, 0.8], [0.8, 1.0]], RegimeChain.Single, new Dictionary<string, CostModel>(), "test");

    private static Position Option(string id, string u, PositionKind kind, double strike, int days, double q) =>
        new(id, u, kind, strike, Now.AddDays(days), q, null);

    private static MonteCarloBookPricer Pricer() => new(new MonteCarloSettings(Paths: 4000, Device: DeviceKind.Cpu));

    /// <summary>
    /// Linear instruments by DESIGN.md's formulas; positions scale with quantity; the result
    /// names method, device and paths.
    /// </summary>
    [Fact]
    public void Values_linear_positions_by_formula_and_reports_the_run()
    {
        var book = new Book(
        [
            new Position("f", "BTC", PositionKind.Future, double.NaN, Now.AddDays(73), 2.0, 90000),
            new Position("p", "ETH", PositionKind.Perp, double.NaN, null, -3.0, 3000),
            new Position("s", "ETH", PositionKind.Spot, double.NaN, null, 5.0, null),
            Option("c", "BTC", PositionKind.Call, 100000, 30, 1.5),
        ], "book.csv");
        BookValuation v = Pricer().Price(book, Market());
        double t = 73 / 365.0, forward = 95000 * Math.Exp((0.04 - 0.01) * t);
        Assert.Equal(2.0 * (forward - 90000), v.Positions[0].Figures.Value, 1e-6);
        Assert.Equal(2.0 * Math.Exp(0.03 * t), v.Positions[0].Figures.Delta, 1e-12);
        Assert.Equal(-2.0 * forward * 0.03 / 365, v.Positions[0].Figures.Theta, 1e-9);
        Assert.Equal(-3.0 * (3400 - 3000), v.Positions[1].Figures.Value, 1e-9);
        Assert.Equal(5.0 * 3400, v.Positions[2].Figures.Value, 1e-9);
        Assert.Equal(5.0, v.Positions[2].Figures.Delta);
        Assert.Equal("mc", v.Method);
        Assert.Equal(4000, v.Paths);
        Assert.StartsWith("cpu", v.Device);
        Assert.Equal(v.Positions.Sum(p => p.Figures.Value), v.Total.Value, 1e-6);
        // The book's stderr comes from its per-path values (payoffs in double at the float path), the option's from
        // its float per-path payoffs: the same paths, so they agree to float resolution.
        Assert.Equal(v.Positions[3].Figures.StdErr, v.Total.StdErr, 1e-6 * v.Total.StdErr);
    }

    /// <summary>
    /// Identity: a long and a short of the same option cancel on every path, so the book's
    /// stderr (from per-path book values) is zero while each leg's is not; quadrature would say
    /// sqrt(2) x the leg's.
    /// </summary>
    [Fact]
    public void Book_stderr_comes_from_per_path_book_values()
    {
        var book = new Book(
        [
            Option("long", "BTC", PositionKind.Call, 95000, 30, 1.0),
            Option("short", "BTC", PositionKind.Call, 95000, 30, -1.0),
            Option("eth", "ETH", PositionKind.Put, 3000, 10, 2.0),
        ], "book.csv");
        BookValuation v = Pricer().Price(book, Market());
        Assert.True(v.Positions[0].Figures.StdErr > 0);
        Assert.Equal(v.Positions[2].Figures.StdErr, v.Total.StdErr, v.Total.StdErr * 1e-6);
        Assert.Equal(0.0, v.Positions[0].Figures.Value + v.Positions[1].Figures.Value, 1e-9);
    }

    /// <summary>
    /// Adding an option on another underlying leaves a position's numbers unchanged only when the
    /// grid is unchanged; pricing the same book twice is exactly reproducible.
    /// </summary>
    [Fact]
    public void Same_book_same_seed_same_numbers()
    {
        var book = new Book([Option("c", "BTC", PositionKind.Call, 90000, 20, 1), Option("e", "ETH", PositionKind.Call, 3500, 20, 1)], "b");
        Assert.Equal(Pricer().Price(book, Market()).Total, Pricer().Price(book, Market()).Total);
    }
}
