using GpuRisk.Optimization;

namespace GpuRisk.Tests.Optimization;

/// <summary>Proportional and fixed cost together: trigger b and an inner reset c.</summary>
public sealed class CombinedCostBandTests
{
    // Normalised units: Gamma = G = 1, S sigma = 1 (S = 1, sigma = 1 per unit time), kappa S = 1e-3 (10 bps),
    // so a = s^2 = 1. Published optimal (trigger, reset) pairs of the renewal cost rate (4 decimals).
    public static TheoryData<double, double, double> Published => new()
    {
        { 1e-4, 0.2165, 0.0517 },
        { 1e-5, 0.1589, 0.0793 },
        { 1e-6, 0.1341, 0.0968 },
    };

    /// <summary>The test's own 2-D minimisation of L(b, c) reproduces the published pairs to their 4 decimals.</summary>
    [Theory]
    [MemberData(nameof(Published))]
    public void Renewal_cost_minimiser_matches_published_pairs(double gas, double trigger, double reset)
    {
        (double b, double c) = BandFormulas.OptimalTriggerAndReset(1, 1, 1e-3, gas, 1);
        Assert.Equal(trigger, b, 0.00005);
        Assert.Equal(reset, c, 0.00005);
    }

    /// <summary>
    /// The dynamic program (published pairs as the reference; the minimiser above agrees with them) with a check of dt = 1e-4 (sd = 0.01) on a grid of step dx = 0.0025 lands on
    /// the minimiser: its trigger plus the overshoot beta sd within dx + 2 (sd / b)^2 b (grid: the
    /// threshold is known between two points and the lattice overshoot differs by O(dx); next
    /// discrete-check term: 0.6-1.1%); its reset, which has no overshoot, within dx / 2 (it is a grid
    /// point) + (sd / b)^2 b. Measured: trigger within 0.0007, reset within 0.0008. The reset lies
    /// strictly inside the band, more than a grid step from both the target and the edge.
    /// </summary>
    [Theory]
    [MemberData(nameof(Published))]
    public void Dynamic_program_lands_on_the_renewal_optimum_with_an_inner_reset(double gas, double trigger, double reset)
    {
        const double dt = 1e-4;
        RegimeHedgeLaw law = BlackScholesHedgeLaw.Create("calm", 1, 1, 1, dt, feeBps: 10, gasUsd: gas);
        BandSolution s = BandOptimizer.Solve(HedgeBandProblem.SingleRegime(law, dt, 1, new MismatchGridSettings(0.3, 241)));
        RegimeBand band = s.Regimes[0].Band;
        double dx = s.Grid.StepCoins, sd = Math.Sqrt(dt), discrete = sd * sd / trigger;
        Assert.Equal(trigger, band.BandCoins + BandFormulas.OvershootBeta * sd, dx + 2 * discrete);
        Assert.Equal(reset, band.ResetCoins, dx / 2 + discrete);
        Assert.InRange(band.ResetCoins, dx, band.BandCoins - dx);
        Assert.True(s.Regimes[0].IsSymmetric);
    }
}
