using GpuRisk.Books;
using GpuRisk.Hedging;
using GpuRisk.Kernels.Hedging;
using GpuRisk.Markets;
using GpuRisk.Tests.Cli;
using GpuRisk.Tests.Horizon;

namespace GpuRisk.Tests.Hedging;

/// <summary>A thresholds file's schedule replayed by the backtest, path by path against policies expressed otherwise.</summary>
public sealed class ThresholdScheduleReplayTests
{
    private const double Band = 0.3;

    private static readonly Book Strangle = HorizonFixtures.Book(
        HorizonFixtures.Option("BTC", false, 100000, 14, -10), HorizonFixtures.Option("BTC", true, 90000, 14, -10));

    private static MarketSnapshot Market(double fail) =>
        HorizonFixtures.Market(0.04, [HorizonFixtures.BlackScholes("BTC", 95000, 0.6, drift: 0.05)],
            costs: BacktestFixtures.Costs(feeBps: 5, gas: 2, fail: fail));

    /// <summary>A thresholds file with the BTC entry of every regime following <paramref name="steps"/> (none: no schedule).</summary>
    private static string File(TempFolder dir, string name, MarketSnapshot market, params ThresholdStep[] steps)
    {
        ThresholdStep first = steps.Length > 0 ? steps[0] : Step(0, Band, 0.1);
        ThresholdEntry[] entries = [.. market.Regimes.Names.Select(r => new ThresholdEntry("BTC", r, first.Band, first.Reset, 0, first.MinTrade, 0, 0, 0, 0,
            steps.Length > 0 ? steps : null))];
        new ThresholdsDocument(1e-5, "1h", entries).Write(dir[name]);
        return dir[name];
    }

    private static ThresholdStep Step(double fromHours, double band, double reset, double minTrade = 0) =>
        new(fromHours, band, reset, minTrade, double.NaN, double.NaN, double.NaN);

    private static IEnumerable<(double, double, int, int)> Figures(List<HedgeOutcome> outcomes) =>
        outcomes.Select(o => (o.Pnl, o.Cost, o.Trades, o.Failed));

    /// <summary>
    /// A schedule whose steps all hold the same band, reset and minimum trade is the file without a schedule, path by
    /// path, failed trades and their retries included.
    /// </summary>
    [Fact]
    public void A_schedule_with_one_band_throughout_equals_the_file_without_one()
    {
        MarketSnapshot market = Market(fail: 0.1);
        using var dir = new TempFolder();
        string plain = File(dir, "plain.json", market, []);
        string steps = File(dir, "steps.json", market, Step(0, Band, 0.1, 0.2), Step(20, Band, 0.1, 0.2), Step(45.5, Band, 0.1, 0.2));
        string plainMin = File(dir, "plain-min.json", market, Step(0, Band, 0.1, 0.2));
        var (_, o) = BacktestFixtures.Run(Strangle, market, [$"thresholds:{plainMin}", $"thresholds:{steps}", $"thresholds:{plain}"], "3d", "1h", 800, 21);
        Assert.Equal(Figures(o[0]), Figures(o[1]));
        Assert.True(o[1].Sum(x => x.Trades) > 0 && o[1].Sum(x => x.Failed) > 0);
        Assert.NotEqual(Figures(o[2]), Figures(o[1]));
    }

    /// <summary>
    /// A schedule that widens the band beyond reach from T on (or keeps it and raises the minimum trade beyond reach)
    /// trades exactly as the plain band over a horizon ending at the first check at or after T, whose last decision is
    /// the check before: path by path the same trades and costs (the paths up to T are the same: a path's numbers
    /// depend only on the seed and the path). T = 24 h falls on a check, T = 24.5 h between two, so trading stops from
    /// the check at 25 h.
    /// </summary>
    [Theory]
    [InlineData(24.0, "24h")]
    [InlineData(24.5, "25h")]
    public void A_schedule_that_stops_trading_at_T_trades_only_before_T(double t, string horizonToT)
    {
        MarketSnapshot market = Market(fail: 0.0);
        using var dir = new TempFolder();
        string plain = File(dir, "plain.json", market, []);
        string wide = File(dir, "wide.json", market, Step(0, Band, 0.1), Step(t, 1e9, 0.1));
        string minimum = File(dir, "minimum.json", market, Step(0, Band, 0.1), Step(t, Band, 0.1, 1e9));
        var (_, full) = BacktestFixtures.Run(Strangle, market, [$"thresholds:{wide}", $"thresholds:{minimum}", $"thresholds:{plain}"], "3d", "1h", 800, 23);
        var (_, toT) = BacktestFixtures.Run(Strangle, market, [$"thresholds:{plain}"], horizonToT, "1h", 800, 23);
        Assert.Equal(full[0].Select(x => (x.Pnl, x.Cost, x.Trades)), full[1].Select(x => (x.Pnl, x.Cost, x.Trades)));
        Assert.Equal(toT[0].Select(x => (x.Cost, x.Trades)), full[0].Select(x => (x.Cost, x.Trades)));
        Assert.True(full[0].Sum(x => x.Trades) > 0);
        Assert.True(full[2].Sum(x => x.Trades) > full[0].Sum(x => x.Trades));
    }
}
