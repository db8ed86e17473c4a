using GpuRisk.Optimization;

namespace GpuRisk.Tests.Optimization;

/// <summary>Finite-horizon bands per time bucket by backward induction.</summary>
public sealed class BandScheduleTests
{
    private static readonly double Dt = 1 / 8760.0;
    private static readonly MismatchGridSettings Grid = new(1.5, 201);

    private static RegimeHedgeLaw[] Laws(double gamma) =>
    [
        BlackScholesHedgeLaw.Create("calm", 100_000, 0.5, gamma, Dt, feeBps: 3, gasUsd: 2),
        BlackScholesHedgeLaw.Create("stressed", 100_000, 0.8, gamma, Dt, feeBps: 12, gasUsd: 20),
    ];

    private static HedgeBandProblem Problem(double gamma) => new(Laws(gamma), [[0.99, 0.01], [0.04, 0.96]], Dt, 1e-4, Grid);

    /// <summary>
    /// With the problem's own laws in every bucket the terminal values are already stationary
    /// (T h = h + lambda), so every bucket gets exactly the stationary bands.
    /// </summary>
    [Fact]
    public void Unchanging_law_gives_the_stationary_bands_in_every_bucket()
    {
        HedgeBandProblem problem = Problem(1e-4);
        BandSolution stationary = BandOptimizer.Solve(problem);
        BandSchedule schedule = BandOptimizer.Schedule(problem, [new ScheduleBucket(48, problem.Regimes), new ScheduleBucket(24, problem.Regimes)]);
        Assert.Equal([0, 48], schedule.Buckets.Select(b => b.FirstCheck));
        foreach (ScheduledBands bucket in schedule.Buckets)
        {
            Assert.Equal(stationary.Regimes.Select(r => r.Band), bucket.Bands);
        }
        Assert.True(schedule.Throughput.Cells >= (stationary.Iterations + 72L) * 2 * stationary.Grid.Points);
    }

    /// <summary>
    /// Gamma doubles for the first 500 hourly checks (a book near expiry), then the problem's law holds:
    /// the first bucket, far from its end, gets the stationary bands of the doubled-gamma law (to a grid
    /// step: 500 checks is many times the chain's memory), which are wider (h grows as Gamma^(2/3));
    /// the last gets the problem's own.
    /// </summary>
    [Fact]
    public void Each_bucket_gets_the_bands_of_its_own_law()
    {
        HedgeBandProblem problem = Problem(1e-4);
        BandSchedule schedule = BandOptimizer.Schedule(problem, [new ScheduleBucket(500, Laws(2e-4)), new ScheduleBucket(100, problem.Regimes)]);
        BandSolution nearExpiry = BandOptimizer.Solve(Problem(2e-4));
        BandSolution later = BandOptimizer.Solve(problem);
        double dx = later.Grid.StepCoins;
        for (int k = 0; k < 2; k++)
        {
            Assert.Equal(nearExpiry.Regimes[k].Band.BandCoins, schedule.Buckets[0].Bands[k].BandCoins, dx);
            Assert.Equal(nearExpiry.Regimes[k].Band.ResetCoins, schedule.Buckets[0].Bands[k].ResetCoins, dx);
            Assert.Equal(later.Regimes[k].Band, schedule.Buckets[1].Bands[k]);
            Assert.True(schedule.Buckets[0].Bands[k].BandCoins > schedule.Buckets[1].Bands[k].BandCoins + dx);
        }
    }
}
