using GpuRisk.Markets;
using GpuRisk.Optimization;

namespace GpuRisk.Tests.Optimization;

/// <summary>What a solution reports: the action map and the band read off it, symmetry, determinism, work done.</summary>
public sealed class BandSolutionTests
{
    private static readonly double Dt = 1 / 8760.0;

    // The doc example: BTC at 95,000 USD, hourly checks, fees, impact and gas, on the default grid.
    private static readonly RegimeHedgeLaw Normal = new("normal", 95_000, 0.6 / Math.Sqrt(365),
        new CostModel(FeeBps: 3, Impact: 0.1, GasUsd: 2, FailProbability: 0), 1000,
        new TargetIncrementLaw(2.1), 95_000.0 * 95_000 * 0.36 * Dt);

    private static readonly HedgeBandProblem Problem = HedgeBandProblem.SingleRegime(Normal, Dt, 1e-4);

    /// <summary>
    /// The action map leaves the hedge inside the band and trades outside it, toward the target but never
    /// across it; the smallest breach lands on the reset, and with square-root impact a deeper breach
    /// lands farther out (a partial trade: impact makes large trades dear per coin), monotonically
    /// among trading points (the cheapest landing point never decreases with the mismatch: <see cref="MinConvolution"/>).
    /// The grid's edges are (essentially) never reached.
    /// </summary>
    [Fact]
    public void Action_map_is_a_band_with_a_reset()
    {
        BandSolution s = BandOptimizer.Solve(Problem);
        RegimeBandResult result = s.Regimes[0];
        ActionMap map = result.Actions;
        RegimeBand band = result.Band;
        Assert.Equal(s.Grid.Points, map.MismatchCoins.Count);
        for (int i = 0; i < s.Grid.Points; i++)
        {
            double m = map.MismatchCoins[i], to = map.TradeToCoins[i];
            Assert.Equal(m > band.UpperBandCoins || m < -band.LowerBandCoins, map.Trades(i));
            Assert.InRange(to, Math.Min(m, 0), Math.Max(m, 0));
            if (i > 0 && map.Trades(i) && map.Trades(i - 1)) Assert.True(to >= map.TradeToCoins[i - 1]);
        }
        int firstUp = s.Grid.Nearest(band.UpperBandCoins + s.Grid.StepCoins / 2);
        Assert.Equal(band.UpperResetCoins, map.TradeToCoins[firstUp], 1e-12);
        Assert.True(map.TradeToCoins[^1] > band.UpperResetCoins);
        Assert.True(result.IsSymmetric);
        Assert.InRange(band.ResetCoins, 0, band.BandCoins);
        Assert.True(s.Evaluation.GridEdgeProbability < 1e-9);
        Assert.Equal(1.0, result.Figures.Probability, 1e-12);
        // One regime: its figures are the overall ones (divided by an occupancy of 1 to rounding).
        Assert.Equal(s.Evaluation.Overall.ExpectedCostPerDayUsd, result.Figures.Figures.ExpectedCostPerDayUsd, 1e-9);
        Assert.Equal(s.Evaluation.Overall.HedgeErrorSdPerDayUsd, result.Figures.Figures.HedgeErrorSdPerDayUsd, 1e-9);
    }

    /// <summary>
    /// Jumps that always push the target up (mismatch down) make the map lopsided, and the solution says
    /// so; a law without them gives a symmetric map.
    /// </summary>
    [Fact]
    public void One_sided_jumps_make_an_asymmetric_map()
    {
        var jumpy = Normal with { TargetIncrement = new TargetIncrementLaw(2.1, 0.05, new NormalJumpSize(3.0, 0.5)) };
        RegimeBandResult result = BandOptimizer.Solve(HedgeBandProblem.SingleRegime(jumpy, Dt, 1e-4)).Regimes[0];
        Assert.False(result.IsSymmetric);
        Assert.NotEqual(result.Band.UpperBandCoins, result.Band.LowerBandCoins);
    }

    /// <summary>The same inputs give the same bands and figures, to the bit.</summary>
    [Fact]
    public void Same_inputs_give_the_same_result()
    {
        BandSolution a = BandOptimizer.Solve(Problem), b = BandOptimizer.Solve(Problem);
        Assert.Equal(a.Regimes[0].Band, b.Regimes[0].Band);
        Assert.Equal(a.Evaluation.Overall, b.Evaluation.Overall);
        Assert.Equal(a.Regimes[0].Actions.TradeToCoins, b.Regimes[0].Actions.TradeToCoins);
        Assert.Equal(a.Iterations, b.Iterations);
    }

    /// <summary>DP cells are regimes x grid points x Bellman steps, over every grid solved (the final one at least); the rate is positive and finite.</summary>
    [Fact]
    public void Reports_dp_cells_per_second()
    {
        BandSolution s = BandOptimizer.Solve(Problem);
        Assert.True(s.Throughput.Cells >= (long)s.Iterations * s.Grid.Points);
        Assert.True(s.Throughput.Seconds > 0);
        Assert.True(double.IsFinite(s.Throughput.CellsPerSecond) && s.Throughput.CellsPerSecond > 0);
    }
}
