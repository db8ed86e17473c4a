using GpuRisk.Optimization;

namespace GpuRisk.Tests.Optimization;

/// <summary>Trades that fail (congestion): gas paid, nothing traded, the mismatch kept and retried.</summary>
public sealed class FailedTradeTests
{
    private static readonly double Dt = 1 / 8760.0;

    private static HedgeBandProblem Problem(double failProbability, MismatchGridSettings? grid = null) => HedgeBandProblem.SingleRegime(
        BlackScholesHedgeLaw.Create("congested", 100_000, 0.5, 1e-4, Dt, feeBps: 5, gasUsd: 5, failProbability: failProbability),
        Dt, 1e-4, grid);

    /// <summary>
    /// A halted chain (failure probability 1): a band policy never trades but pays for every attempt
    /// once the band is breached; the program, seeing that an attempt buys nothing, never attempts.
    /// Nothing holds the mismatch, so it wanders to the grid's edges: a narrow grid keeps that quick.
    /// </summary>
    [Fact]
    public void Halted_chain_never_trades()
    {
        HedgeBandProblem halted = Problem(1.0, new MismatchGridSettings(0.5, 51));
        HedgeFigures band = PolicyEvaluator.Evaluate(halted, BandPolicy.Uniform(RegimeBand.Symmetric(0.2, 0.0), 1)).Overall;
        Assert.Equal(0.0, band.TradesPerDay);
        Assert.True(band.FailedTradesPerDay > 0);
        Assert.Equal(5.0 * band.FailedTradesPerDay, band.ExpectedCostPerDayUsd, 1e-9 * band.ExpectedCostPerDayUsd);

        BandSolution optimum = BandOptimizer.Solve(halted);
        Assert.Equal(RegimeBand.Never, optimum.Regimes[0].Band);
        Assert.Equal(0.0, optimum.Evaluation.Overall.TradesPerDay);
        Assert.Equal(0.0, optimum.Evaluation.Overall.FailedTradesPerDay);
    }

    /// <summary>
    /// Each attempt fails with probability p independently, so failed / executed trades is p / (1 - p)
    /// exactly (1/3 at p = 0.25, to rounding), and each attempt costs the gas plus (1 - p) times the fee.
    /// </summary>
    [Fact]
    public void Failures_are_a_fixed_share_of_attempts()
    {
        HedgeFigures figures = BandOptimizer.Solve(Problem(0.25)).Evaluation.Overall;
        Assert.True(figures.TradesPerDay > 0);
        Assert.Equal(1.0 / 3.0, figures.FailedTradesPerDay / figures.TradesPerDay, 1e-12);
    }
}
