using System.Diagnostics;

namespace GpuRisk.Optimization;

/// <summary>
/// Delta-rebalance bands per volatility regime by dynamic programming over (regime, hedge mismatch):
/// the stationary optimum by relative value iteration (<see cref="Solve"/>) and a finite-horizon
/// schedule over time buckets by backward induction (<see cref="Schedule"/>).
/// </summary>
/// <remarks>
/// <para>
/// The problem (<see cref="HedgeBandProblem"/>) is a controlled Markov chain: the mismatch on a fine
/// grid, the target's move per check applied by convolution with its lattice law, regimes switched by
/// the per-check matrix. At each (regime, mismatch) the action is to leave the hedge or to trade to any
/// grid point; with fees and square-root impact (convex) the cheapest landing point from every mismatch
/// comes from a Monge min-convolution (<see cref="MinConvolution"/>), and gas and failures enter as
/// gas + p w(m) + (1 - p) min_y [exec(|y - m|) + w(y)]. Nothing assumes a band: a band with an inner reset
/// is what comes out, and <see cref="ActionMap.Band"/> reads it off. Relative value iteration levels
/// the regimes' slow modes exactly each step (<see cref="RelativeValueIteration"/>), and the grid is
/// refined once to resolve the bands found (<see cref="MismatchGrid"/>).
/// </para>
/// <para>
/// Limits it meets (continuous-time, small costs; a = variance rate of the target, s^2 = of the spot
/// move, Gamma^2 S^2 sigma^2 and S^2 sigma^2 for a Black-Scholes book, kappa one-way proportional cost,
/// K fixed cost): proportional cost only, h = (3 kappa S a / (2 G s^2))^(1/3) = (3 kappa S Gamma^2 / (2 G))^(1/3)
/// with trades to the edge [1]; fixed cost only, h = (12 K Gamma^2 / G)^(1/4) with trades to the target
/// [2, 3]; both, the trigger b and reset c minimising the renewal-reward cost rate
/// (G s^2 / 12)(b^2 + c^2) + a (K + kappa S (b - c)) / (b^2 - c^2) of Brownian motion restarted at +-c on
/// leaving (-b, b) [3]. A check of length dt narrows the band by about 0.58 sd of one check's move, the
/// overshoot of a discretely watched boundary [5]. Tests hold the program to all of these.
/// </para>
/// <para>
/// References:
/// [1] Whalley, A. E. and Wilmott, P. (1997). An asymptotic analysis of an optimal hedging model for
/// option pricing with transaction costs. Mathematical Finance 7(3), 307-324.
/// [2] Korn, R. (1998). Portfolio optimisation with strictly positive transaction costs and impulse
/// control. Finance and Stochastics 2, 85-114.
/// [3] Altarovici, A., Muhle-Karbe, J. and Soner, H. M. (2015). Asymptotics for fixed transaction costs.
/// Finance and Stochastics 19, 363-414.
/// [4] Puterman, M. L. (1994). Markov Decision Processes, section 8.5 (relative value iteration) and
/// 4.5 (backward induction); Odoni, A. R. (1969), On finding the maximal gain for Markov decision
/// processes, Operations Research 17, 857-860 (the bounds).
/// [5] Broadie, M., Glasserman, P. and Kou, S. (1997). A continuity correction for discrete barrier
/// options. Mathematical Finance 7(4), 325-349 (beta = -zeta(1/2) / sqrt(2 pi) = 0.5826).
/// </para>
/// </remarks>
public static class BandOptimizer
{
    /// <summary>The bands that minimise the long-run average of trading cost plus (G/2) x hedging-error variance per check.</summary>
    /// <example>
    /// <code>
    /// var law = new RegimeHedgeLaw("normal", SpotUsd: 95000, SigmaDay: 0.6 / Math.Sqrt(365),
    ///     new CostModel(FeeBps: 3, Impact: 0.1, GasUsd: 2, FailProbability: 0), DepthCoins: 1000,
    ///     new TargetIncrementLaw(DiffusiveVarianceCoins2: 2.1), HedgeErrorVarianceUsd2PerCoin2: 3.7e5);
    /// BandSolution s = BandOptimizer.Solve(HedgeBandProblem.SingleRegime(law, checkYears: 1.0 / 8760, riskAversionPerUsd: 1e-4));
    /// double h = s.Regimes[0].Band.BandCoins, r = s.Regimes[0].Band.ResetCoins;
    /// </code>
    /// </example>
    /// <exception cref="ArgumentException">The problem or the options are out of range.</exception>
    /// <exception cref="InvalidOperationException">An iteration did not converge within the options' limit.</exception>
    public static BandSolution Solve(HedgeBandProblem problem, BandOptimizerOptions? options = null)
    {
        options ??= new BandOptimizerOptions();
        options.Validate();
        problem.Validate();
        (DiscreteHedgeChain chain, RelativeValueSolution optimum, DpThroughput throughput) = Stationary(problem, problem.Regimes, options);
        MismatchGrid grid = chain.Grid;
        PolicyEvaluation evaluation = PolicyEvaluator.Evaluate(chain, optimum.Action, problem, options);
        ActionMap[] maps = Maps(grid, optimum.Action);
        var regimes = new RegimeBandResult[chain.Regimes];
        for (int k = 0; k < chain.Regimes; k++)
        {
            RegimeBand band = maps[k].Band();
            regimes[k] = new RegimeBandResult(problem.Regimes[k].Name, band, band.IsSymmetric(grid.StepCoins), evaluation.Regimes[k], maps[k]);
        }
        return new BandSolution(regimes, evaluation, optimum.LowerBoundUsd, optimum.UpperBoundUsd, optimum.Iterations, grid, throughput);
    }

    /// <summary>
    /// Bands per regime and time bucket over a finite horizon, by backward induction over the buckets'
    /// checks. Beyond the horizon the book continues under <paramref name="problem"/>'s own laws: the
    /// terminal values are their stationary relative values, so the last bucket shows no end-of-horizon
    /// widening, and buckets whose laws equal the problem's get its stationary bands. The grid is sized to
    /// the stationary bands after the horizon; give <see cref="MismatchGridSettings.Points"/> where a
    /// bucket's bands are far narrower. Each bucket's bands come with their long-run figures under the
    /// bucket's law (<see cref="ScheduledBands.Evaluation"/>).
    /// </summary>
    /// <param name="problem">Regime chain, check, risk aversion, grid, and the laws after the horizon.</param>
    /// <param name="buckets">The horizon's buckets in time order, each with its per-regime laws.</param>
    /// <param name="options">Stopping rules of the terminal stationary solve and of the buckets' figures.</param>
    /// <exception cref="ArgumentException">The problem, a bucket or the options are out of range.</exception>
    /// <exception cref="InvalidOperationException">The terminal solve or a bucket's figures did not converge.</exception>
    public static BandSchedule Schedule(HedgeBandProblem problem, IReadOnlyList<ScheduleBucket> buckets, BandOptimizerOptions? options = null)
    {
        options ??= new BandOptimizerOptions();
        options.Validate();
        problem.Validate();
        if (buckets is null || buckets.Count == 0) throw new ArgumentException("schedule: no bucket", nameof(buckets));
        for (int b = 0; b < buckets.Count; b++) buckets[b].Validate(b, problem.Regimes);
        // One grid for all buckets: the mismatch carries over from one bucket to the next.
        (DiscreteHedgeChain terminal, RelativeValueSolution after, DpThroughput stationary) =
            Stationary(problem, problem.Regimes.Concat(buckets.SelectMany(b => b.Regimes)), options);
        MismatchGrid grid = terminal.Grid;
        long start = Stopwatch.GetTimestamp();
        long steps = 0;
        double[] value = after.RelativeValue;
        var continuation = new double[terminal.States];
        var next = new double[terminal.States];
        var chains = new DiscreteHedgeChain[buckets.Count];
        var actions = new int[buckets.Count][];
        for (int b = buckets.Count - 1; b >= 0; b--)
        {
            chains[b] = new DiscreteHedgeChain(grid, buckets[b].Regimes, problem.TransitionPerCheck, problem.RiskAversionPerUsd);
            actions[b] = new int[terminal.States];
            for (int check = 0; check < buckets[b].Checks; check++)
            {
                chains[b].Continuation(value, continuation);
                chains[b].Improve(continuation, next, actions[b]);
                // Values relative to the target in the first regime: constants do not move the policy.
                double shift = next[grid.CenterIndex];
                for (int s = 0; s < next.Length; s++) value[s] = next[s] - shift;
            }
            steps += buckets[b].Checks;
        }
        var throughput = new DpThroughput(stationary.Cells + steps * terminal.States, stationary.Seconds + Stopwatch.GetElapsedTime(start).TotalSeconds);
        // The figures are no part of the program's work: evaluated after the clock stops, as Solve's are.
        var bands = new ScheduledBands[buckets.Count];
        for (int b = 0, firstCheck = 0; b < buckets.Count; firstCheck += buckets[b].Checks, b++)
        {
            PolicyEvaluation evaluation = PolicyEvaluator.Evaluate(chains[b], actions[b], problem with { Regimes = buckets[b].Regimes }, options);
            bands[b] = new ScheduledBands(firstCheck, Maps(grid, actions[b]).Select(m => m.Band()).ToArray(), evaluation);
        }
        return new BandSchedule(bands, grid, throughput);
    }

    /// <summary>
    /// The stationary optimum of <paramref name="problem"/> on the grid its settings and
    /// <paramref name="gridLaws"/> give; where the settings leave the number of points open and the
    /// narrowest band found spans fewer than <see cref="MismatchGrid.StepsPerBand"/> steps, solved again on
    /// a grid sized to the bands found (see <see cref="MismatchGrid"/>). The work of both passes is counted.
    /// </summary>
    private static (DiscreteHedgeChain Chain, RelativeValueSolution Optimum, DpThroughput Throughput) Stationary(
        HedgeBandProblem problem, IEnumerable<RegimeHedgeLaw> gridLaws, BandOptimizerOptions options)
    {
        long start = Stopwatch.GetTimestamp();
        long cells = 0;
        BandSpan? found = null;
        for (int pass = 0; ; pass++)
        {
            MismatchGrid grid = MismatchGrid.For(gridLaws, problem.RiskAversionPerUsd, problem.Grid, found);
            var chain = new DiscreteHedgeChain(grid, problem.Regimes, problem.TransitionPerCheck, problem.RiskAversionPerUsd);
            RelativeValueSolution optimum = RelativeValueIteration.Solve(chain, options);
            cells += (long)optimum.Iterations * chain.States;
            found = BandSpan.Of(Maps(grid, optimum.Action).Select(m => m.Band()));
            // One refinement at most: the second grid resolves the bands the first found, which it moves by about a coarse step.
            if (pass == 1 || problem.Grid?.Points is not null || found.Value.NarrowestCoins >= MismatchGrid.StepsPerBand * grid.StepCoins)
            {
                return (chain, optimum, new DpThroughput(cells, Stopwatch.GetElapsedTime(start).TotalSeconds));
            }
        }
    }

    /// <summary>Per regime, the action map of the chain's actions <paramref name="action"/> (regime-major).</summary>
    private static ActionMap[] Maps(MismatchGrid grid, int[] action) =>
        Enumerable.Range(0, action.Length / grid.Points).Select(k => new ActionMap(grid, action.AsSpan(k * grid.Points, grid.Points))).ToArray();
}
