using GpuRisk.Optimization;

namespace GpuRisk.Tests.Optimization;

/// <summary>Two regimes that switch: the bands per regime, and the optimality of the program's policy.</summary>
public sealed class RegimeSwitchingBandTests
{
    private static readonly double Dt = 1 / 8760.0;

    // Same book and vol in both regimes; the stressed regime trades 4x dearer (fee 12 bps against 3,
    // gas 20 USD against 2). Hourly checks; calm lasts 200 checks on average, stressed 50.
    private static readonly HedgeBandProblem Problem = new(
        [
            BlackScholesHedgeLaw.Create("calm", 100_000, 0.5, 1e-4, Dt, feeBps: 3, gasUsd: 2),
            BlackScholesHedgeLaw.Create("stressed", 100_000, 0.5, 1e-4, Dt, feeBps: 12, gasUsd: 20),
        ],
        [[0.995, 0.005], [0.02, 0.98]], Dt, 1e-4);

    private static readonly BandSolution Solution = BandOptimizer.Solve(Problem);

    /// <summary>The costlier regime gets the wider band (h grows with cost in both limits), on both sides.</summary>
    [Fact]
    public void Costlier_regime_gets_the_wider_band()
    {
        RegimeBand calm = Solution.Regimes[0].Band, stressed = Solution.Regimes[1].Band;
        Assert.True(Solution.Regimes[0].IsSymmetric && Solution.Regimes[1].IsSymmetric);
        Assert.True(stressed.UpperBandCoins > calm.UpperBandCoins + Solution.Grid.StepCoins);
        Assert.True(stressed.LowerBandCoins > calm.LowerBandCoins + Solution.Grid.StepCoins);
        Assert.InRange(calm.ResetCoins, 0, calm.BandCoins);
    }

    /// <summary>
    /// The program's own bands, evaluated exactly, give its objective (cost + (G/2) variance per check),
    /// which lies within relative value iteration's bounds; no fixed band beats it, whether one
    /// symmetric band for both regimes (h from 0.1 to 0.6 coins, resets at the target, halfway and the
    /// edge) or each regime's band used in both, all on the program's grid (the same discrete chain).
    /// The evaluation's stationary distribution is exact to its L1 tolerance 1e-10, so the objectives
    /// compare to 1e-8 relative.
    /// </summary>
    [Fact]
    public void Program_policy_is_not_beaten_by_any_fixed_band()
    {
        double optimum = Solution.Evaluation.ObjectivePerCheckUsd;
        Assert.InRange(optimum, Solution.AverageCostLowerBoundUsd * (1 - 1e-8), Solution.AverageCostUpperBoundUsd * (1 + 1e-8));
        Assert.Equal(optimum, PolicyEvaluator.Evaluate(Problem, Solution.ToPolicy(), Solution.Grid).ObjectivePerCheckUsd, optimum * 1e-8);

        var baselines = new List<BandPolicy>
        {
            BandPolicy.Uniform(Solution.Regimes[0].Band, 2),
            BandPolicy.Uniform(Solution.Regimes[1].Band, 2),
            new([Solution.Regimes[1].Band, Solution.Regimes[0].Band]),
        };
        foreach (double h in new[] { 0.1, 0.2, 0.3, 0.45, 0.6 })
        {
            foreach (double r in new[] { 0.0, h / 2, h }) baselines.Add(BandPolicy.Uniform(RegimeBand.Symmetric(h, r), 2));
        }
        foreach (BandPolicy baseline in baselines)
        {
            Assert.True(PolicyEvaluator.Evaluate(Problem, baseline, Solution.Grid).ObjectivePerCheckUsd >= optimum * (1 - 1e-8));
        }
    }
}
