using GpuRisk.Books;
using GpuRisk.Markets;
using GpuRisk.Optimization;
using GpuRisk.Tests.Horizon;

namespace GpuRisk.Tests.Optimization;

/// <summary>The rule that splits the horizon's checks into time buckets: at option expiries, and into quarters.</summary>
public sealed class CheckBucketsTests
{
    private static readonly MarketSnapshot Market = HorizonFixtures.Market(0.0, [HorizonFixtures.BlackScholes("X", 100, 0.5)]);

    /// <summary>Observation times 0, 1h, 2h, .. (ACT/365), as the backtest settings make them.</summary>
    private static double[] Hourly(int hours) => [0.0, .. Enumerable.Range(1, hours).Select(k => k * (1.0 / 24) / 365.0)];

    private static Book Options(params double[] expiryDays) =>
        HorizonFixtures.Book([.. expiryDays.Select(d => HorizonFixtures.Option("X", false, 100, d, -1))]);

    /// <summary>
    /// The default book's case: an expiry 3 days into a 7-day horizon checked hourly (168 intervals) starts a bucket at
    /// check 72, and the quarters at 42, 84 and 126; an option expiring after the horizon starts none.
    /// </summary>
    [Fact]
    public void An_expiry_inside_the_horizon_and_the_quarters_start_buckets()
    {
        CheckBuckets buckets = CheckBuckets.For(Options(3, 10), Market, Hourly(168));
        Assert.Equal([0, 42, 72, 84, 126], buckets.FirstInterval);
        Assert.Equal([42, 30, 12, 42, 42], Enumerable.Range(0, buckets.Count).Select(buckets.Checks));
        Assert.Equal(0, buckets.Of(41));
        Assert.Equal(1, buckets.Of(71));
        Assert.Equal(2, buckets.Of(72));
        Assert.Equal(4, buckets.Of(167));
    }

    /// <summary>
    /// An expiry between two checks starts its bucket at the first check after it (the interval holding it settles the
    /// option, so it belongs before); one at or before the valuation time, or in the last interval, starts none.
    /// </summary>
    [Fact]
    public void An_expiry_between_checks_starts_at_the_next_check()
    {
        CheckBuckets buckets = CheckBuckets.For(Options(1 + 0.5 / 24, 0, 7.0 - 0.5 / 24), Market, Hourly(168));
        Assert.Equal([0, 25, 42, 84, 126], buckets.FirstInterval);
    }

    /// <summary>More expiries than buckets: the earliest take the eight buckets and the quarters none.</summary>
    [Fact]
    public void At_most_eight_buckets_expiries_first()
    {
        CheckBuckets buckets = CheckBuckets.For(Options(1, 2, 3, 4, 5, 6, 6.5, 6.75, 6.9), Market, Hourly(168));
        Assert.Equal([0, 24, 48, 72, 96, 120, 144, 156], buckets.FirstInterval);
    }

    /// <summary>A book without options gets the quarters; a horizon of one check one bucket.</summary>
    [Fact]
    public void Without_expiries_the_quarters_and_one_check_is_one_bucket()
    {
        Book linear = HorizonFixtures.Book(HorizonFixtures.Linear("X", PositionKind.Perp, 1));
        Assert.Equal([0, 6, 12, 18], CheckBuckets.For(linear, Market, Hourly(24)).FirstInterval);
        Assert.Equal([0], CheckBuckets.For(Options(0.5), Market, Hourly(1)).FirstInterval);
    }
}
