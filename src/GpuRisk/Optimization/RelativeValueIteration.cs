namespace GpuRisk.Optimization;

/// <summary>
/// The average-cost optimum of a <see cref="DiscreteHedgeChain"/> by relative value iteration:
/// h_{n+1} = T h_n - (T h_n)(ref), T the Bellman operator (<see cref="DiscreteHedgeChain.Continuation"/>
/// then <see cref="DiscreteHedgeChain.Improve"/>), ref = (first regime, target).
/// </summary>
/// <remarks>
/// For a unichain aperiodic chain h_n converges to the relative value function and
/// min (T h - h) &lt;= lambda* &lt;= max (T h - h) bounds the optimal average cost per check at every
/// step (Odoni 1969; Puterman 1994, Markov Decision Processes, sections 8.5.1 and 8.5.2). The normal
/// part of the target's move makes the chain aperiodic, and it spreads the mismatch over the grid, so a
/// regime chain with one recurrent class (checked by <see cref="RegimeSwitching"/>) makes it unichain.
/// The bounds close at the chain's mixing rate. Rare regime switches would make that slow (a switch
/// every few hundred checks is typical), but their modes are functions of the regime alone, so each
/// step also levels the regime averages of T h - h exactly (<see cref="RegimeSwitching"/>; the
/// aggregation step of Bertsekas and Castanon 1989, Adaptive aggregation methods for infinite horizon
/// dynamic programming, IEEE Trans. Automatic Control 34, with the regimes as the aggregate states):
/// the next iterate is T(h + E z) = T h + E P z for the offsets z that level them. Per-regime constants
/// move no action, so this changes the speed only. What remains is the mismatch's own mixing, slow
/// when the band spans many checks' moves: the tests' books converge in 10 to 300 iterations at an
/// hourly check and in about a thousand at a 5-minute one (the count grows as (band / move sd)^2).
/// </remarks>
internal static class RelativeValueIteration
{
    /// <exception cref="InvalidOperationException">The bounds did not close within the options' iterations.</exception>
    public static RelativeValueSolution Solve(DiscreteHedgeChain chain, BandOptimizerOptions options)
    {
        var relativeValue = new double[chain.States];
        var continuation = new double[chain.States];
        var next = new double[chain.States];
        var action = new int[chain.States];
        int n = chain.Grid.Points;
        int reference = chain.Grid.CenterIndex;
        var regimeGain = new double[chain.Regimes];
        var offsets = new double[chain.Regimes];
        for (int iteration = 1; iteration <= options.MaxIterations; iteration++)
        {
            chain.Continuation(relativeValue, continuation);
            chain.Improve(continuation, next, action);
            double lower = double.PositiveInfinity, upper = double.NegativeInfinity;
            Array.Clear(regimeGain);
            for (int s = 0; s < next.Length; s++)
            {
                double gain = next[s] - relativeValue[s];
                lower = Math.Min(lower, gain);
                upper = Math.Max(upper, gain);
                regimeGain[s / n] += gain / n;
            }
            chain.Switching.LevelOffsets(regimeGain, offsets);
            for (int k = 0; k < chain.Regimes; k++)
            {
                double lift = chain.Switching.Mix(k, offsets);
                for (int i = 0; i < n; i++) next[k * n + i] += lift;
            }
            double shift = next[reference];
            for (int s = 0; s < next.Length; s++) relativeValue[s] = next[s] - shift;
            if (upper - lower <= options.Tolerance * Math.Max(Math.Abs(lower), Math.Abs(upper)))
            {
                return new RelativeValueSolution(relativeValue, action, lower, upper, iteration);
            }
        }
        throw new InvalidOperationException(
            $"relative value iteration did not converge in {options.MaxIterations} iterations; " +
            "is the regime chain irreducible, or is the band many checks' moves wide (use a longer check)?");
    }
}
