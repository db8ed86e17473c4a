using GpuRisk.Books;
using GpuRisk.Config;
using GpuRisk.Devices;
using GpuRisk.Hedging;
using GpuRisk.Horizon;
using GpuRisk.Markets;
using GpuRisk.Optimization;
using GpuRisk.Risk;
using GpuRisk.Sharding;
using GpuRisk.Tests.Cli;
using GpuRisk.Tests.Horizon;
using Xunit.Abstractions;

namespace GpuRisk.Tests.Optimization;

/// <summary>
/// The optimizer over time buckets: the law estimated per bucket, the schedule solved on it and exported, checked
/// against estimates and solves on the book that remains after an expiry.
/// </summary>
public sealed class ThresholdsExportTests(ITestOutputHelper output)
{
    private const double G = 1e-3;
    private static readonly Duration Check = Duration.Parse("1h");
    private const int Intervals = 48;

    private static readonly MarketSnapshot Market = HorizonFixtures.Market(0.0, [HorizonFixtures.BlackScholes("X", 100, 0.5, drift: 0.0)],
        costs: new Dictionary<string, CostModel> { ["default"] = new(10, 0, 0.05, 0) });

    /// <summary>An at-the-money short call expiring one day in (24 of the 48 hourly checks), and one expiring in 30 days.</summary>
    private static readonly Position Expiring = HorizonFixtures.Option("X", false, 100, 1, -40), Remaining = HorizonFixtures.Option("X", false, 100, 30, -200);

    /// <summary>The law of <paramref name="book"/> over 2 days checked hourly, per <paramref name="buckets"/> (the rule's when null).</summary>
    private static TransitionLawEstimator Estimate(Book book, CheckBuckets? buckets = null, long paths = 1000, long start = 0, long end = -1, int chunk = 1 << 16)
    {
        using DeviceSession session = DeviceSelector.Open(DeviceKind.Cpu);
        double[] checks = [.. Enumerable.Range(1, Intervals).Select(k => k * Check.Years)];
        using var run = new HorizonRun(session, book, Market, checks, new HorizonSettings(paths, 17, StepsPerDay: 1, PathStart: start, PathEnd: end, ChunkPaths: chunk));
        var estimator = new TransitionLawEstimator(1, 1, buckets ?? CheckBuckets.For(book, Market, run.ObservationYears));
        run.Run(series => estimator.Add(series, run.ObservationYears));
        return estimator;
    }

    private static HedgeBandProblem Problem(TransitionLawEstimator estimator, int bucket) => estimator.Problem(0, bucket, Market, 0, Check.Years, G);

    /// <summary>The diffusive variance of the target per check in a bucket and its standard error (delta method: 2 sd se(sd)).</summary>
    private static (double Variance, double Stderr) TargetVariance(TransitionLawEstimator estimator, int bucket)
    {
        var s = estimator.Of(0, 0, bucket).Diffusive.Summary();
        return (Problem(estimator, bucket).Regimes[0].TargetIncrement.DiffusiveVarianceCoins2, 2 * s.Sd * s.SdStderr);
    }

    /// <summary>
    /// After the short-dated call expires (check 24 of 48), the buckets hold the law of the remaining book: their target
    /// variance equals, within three standard errors, the estimate on the same paths of a book without the expired call,
    /// while before it the call's gamma raises it far beyond. The schedule's last bucket then gets the stationary band
    /// Solve finds for the remaining book's law alone, within two grid steps (each grid resolves its bands to a
    /// twentieth, MismatchGrid.StepsPerBand: 10%), and the first bucket, with more gamma, a wider one.
    /// </summary>
    [Fact]
    public void After_an_expiry_the_buckets_have_the_law_and_the_band_of_the_remaining_book()
    {
        TransitionLawEstimator both = Estimate(HorizonFixtures.Book(Expiring, Remaining));
        Assert.Equal([0, 12, 24, 36], both.Buckets.FirstInterval);
        TransitionLawEstimator alone = Estimate(HorizonFixtures.Book(Remaining), both.Buckets);
        for (int b = 0; b < both.Buckets.Count; b++)
        {
            (double withCall, double e1) = TargetVariance(both, b);
            (double without, double e2) = TargetVariance(alone, b);
            double se = Math.Sqrt(e1 * e1 + e2 * e2);
            output.WriteLine($"bucket {b}: target variance {withCall:G5} with the call, {without:G5} without (se {se:G3})");
            if (b >= 2) Assert.InRange(withCall - without, -3 * se, 3 * se);
            else Assert.True(withCall - without > 10 * se);
        }

        IReadOnlyList<ThresholdEntry> entries = ThresholdsExport.Entries(both, 0, Market, 0, Check, G, 1.0, out _);
        IReadOnlyList<ThresholdStep> steps = Assert.Single(entries).Schedule!;
        Assert.Equal([0.0, 12, 24, 36], steps.Select(s => s.FromHours));
        BandSolution late = BandOptimizer.Solve(Problem(alone, 3));
        double h = late.Regimes[0].Band.BandCoins;
        output.WriteLine($"schedule bands {string.Join(", ", steps.Select(s => s.Band.ToString("F4")))}; Solve on the remaining book's last bucket {h:F4}");
        Assert.InRange(steps[^1].Band / h, 0.9, 1.1);
        Assert.True(steps[0].Band > 1.1 * steps[^1].Band);
        Assert.Equal(steps[0].Band, entries[0].Band);
        Assert.All(steps, s => Assert.Equal(s.Band - s.Reset, s.MinTrade));
    }

    /// <summary>
    /// A book whose only option expires mid-horizon leaves a target that stands still after it (a still law has no
    /// stationary band): the schedule ends with the last bucket before the expiry, which holds to the horizon, and the
    /// regime's figures average the steps over the whole horizon, the still half counting as no cost, no error and no
    /// trade.
    /// </summary>
    [Fact]
    public void After_the_last_expiry_the_last_moving_bucket_holds_to_the_horizon()
    {
        TransitionLawEstimator estimator = Estimate(HorizonFixtures.Book(Expiring, HorizonFixtures.Linear("X", PositionKind.Perp, 5)));
        Assert.Equal([0, 12, 24, 36], estimator.Buckets.FirstInterval);
        Assert.Equal(0.0, Problem(estimator, 3).Regimes[0].TargetIncrement.SecondMomentCoins2);
        ThresholdEntry entry = Assert.Single(ThresholdsExport.Entries(estimator, 0, Market, 0, Check, G, 1.0, out _));
        IReadOnlyList<ThresholdStep> steps = entry.Schedule!;
        Assert.Equal([0.0, 12], steps.Select(s => s.FromHours));
        // Each step holds 12 of the 48 checks.
        Assert.Equal(0.25 * steps[0].ExpectedCostPerDay + 0.25 * steps[1].ExpectedCostPerDay, entry.ExpectedCostPerDay, 1e-12 * entry.ExpectedCostPerDay);
        Assert.Equal(0.25 * steps[0].TradesPerDay + 0.25 * steps[1].TradesPerDay, entry.TradesPerDay, 1e-12 * entry.TradesPerDay);
        double variance = 0.25 * Math.Pow(steps[0].HedgeErrorSdPerDay, 2) + 0.25 * Math.Pow(steps[1].HedgeErrorSdPerDay, 2);
        Assert.Equal(Math.Sqrt(variance), entry.HedgeErrorSdPerDay, 1e-12 * entry.HedgeErrorSdPerDay);
    }

    /// <summary>
    /// The whole horizon's law is the sum over the buckets: the statistics of one bucket over the whole horizon hold the
    /// same counts and, to rounding, the same law; and a horizon of one bucket exports Solve's bands on it, without a
    /// schedule.
    /// </summary>
    [Fact]
    public void One_bucket_is_the_whole_horizon_and_exports_the_stationary_bands()
    {
        Book book = HorizonFixtures.Book(Expiring, Remaining);
        TransitionLawEstimator buckets = Estimate(book), whole = Estimate(book, CheckBuckets.Whole(Intervals));
        Assert.Equal(whole.Of(0, 0, 0).Diffusive.Count, buckets.Of(0, 0).Diffusive.Count);
        Assert.Equal(whole.Of(0, 0, 0).Jump.Count, buckets.Of(0, 0).Jump.Count);
        RegimeHedgeLaw summed = buckets.Problem(0, Market, 0, Check.Years, G).Regimes[0], one = Problem(whole, 0).Regimes[0];
        Assert.Equal(one.TargetIncrement.DiffusiveVarianceCoins2, summed.TargetIncrement.DiffusiveVarianceCoins2, 1e-12 * one.TargetIncrement.DiffusiveVarianceCoins2);
        Assert.Equal(one.HedgeErrorVarianceUsd2PerCoin2, summed.HedgeErrorVarianceUsd2PerCoin2, 1e-12 * one.HedgeErrorVarianceUsd2PerCoin2);

        ThresholdEntry entry = Assert.Single(ThresholdsExport.Entries(whole, 0, Market, 0, Check, G, 1.0, out _));
        BandSolution solution = BandOptimizer.Solve(Problem(whole, 0));
        Assert.Null(entry.Schedule);
        Assert.Equal(solution.Regimes[0].Band.BandCoins, entry.Band);
        Assert.Equal(solution.Regimes[0].Band.ResetCoins, entry.Reset);
    }

    /// <summary>
    /// Two shards' per-bucket statistics, written to state files, read back and merged, give bit for bit the laws of one
    /// run over all paths, whatever the chunk sizes.
    /// </summary>
    [Fact]
    public void Shards_merged_through_state_files_equal_one_run_in_every_bucket()
    {
        Book book = HorizonFixtures.Book(Expiring, Remaining);
        // Shards cover whole blocks of paths.
        const long paths = MomentBlocks.BlockPaths + 200;
        TransitionLawEstimator one = Estimate(book, paths: paths);
        using var dir = new TempFolder();
        StateFile.Write(dir["s0"], Estimate(book, paths: paths, end: MomentBlocks.BlockPaths, chunk: 1000));
        StateFile.Write(dir["s1"], Estimate(book, paths: paths, start: MomentBlocks.BlockPaths, chunk: 64));
        var merged = new TransitionLawEstimator(1, 1, one.Buckets);
        foreach (string shard in new[] { "s0", "s1" })
        {
            var part = new TransitionLawEstimator(1, 1, one.Buckets);
            StateFile.Read(dir[shard], part);
            merged.Merge(part);
        }
        for (int b = 0; b < one.Buckets.Count; b++)
        {
            RegimeHedgeLaw expected = Problem(one, b).Regimes[0], actual = Problem(merged, b).Regimes[0];
            Assert.Equal(expected.TargetIncrement.DiffusiveVarianceCoins2, actual.TargetIncrement.DiffusiveVarianceCoins2);
            Assert.Equal(expected.TargetIncrement.JumpProbability, actual.TargetIncrement.JumpProbability);
            Assert.Equal(expected.HedgeErrorVarianceUsd2PerCoin2, actual.HedgeErrorVarianceUsd2PerCoin2);
            Assert.Equal(expected.SpotUsd, actual.SpotUsd);
            Assert.Equal(expected.SigmaDay, actual.SigmaDay);
            Assert.Equal(one.Of(0, 0, b).JumpSample, merged.Of(0, 0, b).JumpSample);
        }
    }
}
