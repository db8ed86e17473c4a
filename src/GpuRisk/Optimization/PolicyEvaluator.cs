namespace GpuRisk.Optimization;

/// <summary>
/// The long-run cost and risk of a given policy on a <see cref="HedgeBandProblem"/>, exactly on the
/// problem's discrete chain (no simulation): the stationary distribution of (regime, mismatch)
/// under the policy, and the expected cost and hedging-error variance per check under it.
/// </summary>
/// <remarks>
/// The stationary distribution comes from iterating the chain forward (power iteration) from the
/// target in every regime, weighted by the regime chain's stationary law, until one more check moves
/// it by less than the tolerance in L1. The default grid resolves the policy's narrowest band (see
/// <see cref="MismatchGrid"/>). The optimizer's own bands, fed back as a <see cref="BandPolicy"/>,
/// reproduce its objective (exactly without impact; with impact a deep breach lands farther out than
/// the band's single reset, see <see cref="RegimeBandResult"/>), so baselines (fixed bands,
/// to-target or to-edge resets) compare with it on equal terms.
/// </remarks>
public static class PolicyEvaluator
{
    /// <summary>Long-run figures of <paramref name="policy"/> on <paramref name="problem"/>.</summary>
    /// <param name="problem">The law, costs and risk aversion.</param>
    /// <param name="policy">One band per regime.</param>
    /// <param name="grid">
    /// The grid to evaluate on; null for the problem's grid settings, defaults sized to the policy's bands.
    /// Pass the optimizer's <see cref="BandSolution.Grid"/> to compare a baseline with its bands on the same discrete chain.
    /// </param>
    /// <param name="options">Stopping rule of the stationary distribution.</param>
    /// <example>
    /// <code>
    /// BandSolution dp = BandOptimizer.Solve(problem);
    /// var fixedBand = BandPolicy.Uniform(RegimeBand.Symmetric(0.5, 0.0), problem.Regimes.Count);
    /// double extraCostPerDay = PolicyEvaluator.Evaluate(problem, fixedBand, dp.Grid).Overall.ExpectedCostPerDayUsd
    ///     - dp.Evaluation.Overall.ExpectedCostPerDayUsd;
    /// </code>
    /// </example>
    /// <exception cref="ArgumentException">The problem, the policy or the options are out of range.</exception>
    /// <exception cref="InvalidOperationException">The distribution did not settle within the options' iterations.</exception>
    public static PolicyEvaluation Evaluate(HedgeBandProblem problem, BandPolicy policy, MismatchGrid? grid = null, BandOptimizerOptions? options = null)
    {
        options ??= new BandOptimizerOptions();
        options.Validate();
        problem.Validate();
        policy.Validate(problem.Regimes.Count);
        grid ??= MismatchGrid.For(problem.Regimes, problem.RiskAversionPerUsd, problem.Grid, BandSpan.Of(policy.Regimes));
        var chain = new DiscreteHedgeChain(grid, problem.Regimes, problem.TransitionPerCheck, problem.RiskAversionPerUsd);
        return Evaluate(chain, policy.Actions(grid), problem, options);
    }

    /// <summary>Long-run figures of the actions <paramref name="action"/> (regime-major) on <paramref name="chain"/>.</summary>
    internal static PolicyEvaluation Evaluate(DiscreteHedgeChain chain, int[] action, HedgeBandProblem problem, BandOptimizerOptions options)
    {
        double[] stationary = StationaryDistribution(chain, action, options);
        int n = chain.Grid.Points;
        double cost = 0, variance = 0, executed = 0, failed = 0, meanSquare = 0, edge = 0;
        var regimes = new RegimeFigures[chain.Regimes];
        for (int k = 0; k < chain.Regimes; k++)
        {
            double p = chain.FailProbability(k);
            double occupancy = 0, regimeCost = 0, attempts = 0, regimeMeanSquare = 0;
            for (int i = 0; i < n; i++)
            {
                double mass = stationary[k * n + i];
                int a = action[k * n + i];
                double m = chain.Grid.Coins(i), y = chain.Grid.Coins(a);
                occupancy += mass;
                regimeCost += mass * chain.TradeCostUsd(k, i, a);
                attempts += a == i ? 0.0 : mass;
                // A failed trade leaves m held over the check.
                regimeMeanSquare += mass * (a == i ? m * m : (1 - p) * y * y + p * m * m);
            }
            double regimeVariance = chain.HedgeErrorVariance(k) * regimeMeanSquare;
            regimes[k] = new RegimeFigures(problem.Regimes[k].Name, occupancy, HedgeFigures.FromPerCheck(
                regimeCost / occupancy, regimeVariance / occupancy, (1 - p) * attempts / occupancy, p * attempts / occupancy,
                problem.ChecksPerDay));
            cost += regimeCost;
            variance += regimeVariance;
            executed += (1 - p) * attempts;
            failed += p * attempts;
            meanSquare += regimeMeanSquare;
            edge += stationary[k * n] + stationary[k * n + n - 1];
        }
        return new PolicyEvaluation(
            HedgeFigures.FromPerCheck(cost, variance, executed, failed, problem.ChecksPerDay),
            regimes,
            cost + 0.5 * problem.RiskAversionPerUsd * variance,
            Math.Sqrt(meanSquare),
            edge);
    }

    /// <summary>The chain's stationary law under <paramref name="action"/>, by power iteration.</summary>
    /// <exception cref="InvalidOperationException">Not settled within the options' iterations.</exception>
    private static double[] StationaryDistribution(DiscreteHedgeChain chain, int[] action, BandOptimizerOptions options)
    {
        var current = new double[chain.States];
        var next = new double[chain.States];
        // Starting from the regimes' own stationary law keeps the regime marginal stationary at every
        // step (it moves by P alone), so the slow regime modes never enter.
        for (int k = 0; k < chain.Regimes; k++) current[k * chain.Grid.Points + chain.Grid.CenterIndex] = chain.Switching.Stationary[k];
        for (int iteration = 0; iteration < options.MaxIterations; iteration++)
        {
            chain.Advance(current, action, next);
            double change = 0;
            for (int s = 0; s < next.Length; s++) change += Math.Abs(next[s] - current[s]);
            (current, next) = (next, current);
            if (change <= options.Tolerance) return current;
        }
        throw new InvalidOperationException($"the policy's stationary distribution did not settle in {options.MaxIterations} checks");
    }
}
