using GpuRisk.Optimization;

namespace GpuRisk.Tests.Optimization;

/// <summary>Fixed cost (gas) only: the dynamic program against the fixed-cost band, trading back to the target.</summary>
public sealed class FixedCostBandTests
{
    /// <summary>
    /// S = 100,000 USD, vol 50%, gamma 1e-4 per USD, gas K = 5 USD, G = 1e-4 per USD:
    /// h = (12 K Gamma^2 / G)^(1/4) = 0.2783 coins, and the reset is the target itself (r = 0: with no
    /// proportional cost the best place to restart is where the risk is least).
    /// A 5-minute check (sd = 0.0154 coins): measured 0.971 h raw, 1.003 h with the overshoot correction;
    /// the tolerance, as in <see cref="WhalleyWilmottBandTests"/>, is one grid step plus twice (sd / h)^2.
    /// </summary>
    [Fact]
    public void Band_is_the_fixed_cost_band_and_trades_go_to_the_target()
    {
        double dt = 5 / (365 * 24 * 60.0), gas = 5, gamma = 1e-4, g = 1e-4;
        RegimeHedgeLaw law = BlackScholesHedgeLaw.Create("calm", 100_000, 0.5, gamma, dt, gasUsd: gas);
        BandSolution s = BandOptimizer.Solve(HedgeBandProblem.SingleRegime(law, dt, g, new MismatchGridSettings(0.6, 161)));
        RegimeBand band = s.Regimes[0].Band;
        double h = BandFormulas.FixedCost(gas, gamma, g), sd = Math.Sqrt(law.TargetIncrement.DiffusiveVarianceCoins2);
        Assert.Equal(0.0, band.UpperResetCoins);
        Assert.Equal(0.0, band.LowerResetCoins);
        Assert.InRange(band.BandCoins / h, 0.90, 1.10);
        double tolerance = s.Grid.StepCoins / h + 2 * (sd / h) * (sd / h);
        Assert.InRange((band.BandCoins + BandFormulas.OvershootBeta * sd) / h, 1 - tolerance, 1 + tolerance);
    }
}
