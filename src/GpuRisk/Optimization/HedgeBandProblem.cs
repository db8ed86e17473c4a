namespace GpuRisk.Optimization;

/// <summary>
/// The rebalancing problem of one underlying: per regime, how the target hedge moves and what trading
/// costs; how regimes switch between checks; and how much risk is worth.
/// </summary>
/// <remarks>
/// Each check, in regime k with mismatch m (hedge - target, coins), the policy either leaves the hedge
/// or trades to a new mismatch y; the trade costs (see <see cref="RegimeHedgeLaw"/>) and, with the
/// regime's failure probability, leaves m unchanged. The mismatch y held over the check costs the
/// risk penalty (G/2) y^2 E2_k (G/2 times the variance of the hedging error; the CARA certainty
/// equivalent of a normal error). Then the target moves, m' = y - dD with dD ~ the regime's
/// <see cref="TargetIncrementLaw"/>, and the regime moves to k' with probability
/// <see cref="TransitionPerCheck"/>[k][k']. The optimizer minimises the long-run average of trading
/// cost plus risk penalty per check.
/// </remarks>
/// <param name="Regimes">Per regime, its law; at least one.</param>
/// <param name="TransitionPerCheck">
/// Row-stochastic matrix: [i][j] = P(regime j at the next check | regime i now), with one recurrent
/// class (regimes that never meet are separate problems).
/// </param>
/// <param name="CheckYears">Length of a check, years (1h = 1/8760), &gt; 0; only turns per-check figures into per-day ones.</param>
/// <param name="RiskAversionPerUsd">G, CARA risk aversion, 1/USD, &gt; 0.</param>
/// <param name="Grid">Mismatch grid; null for the default of <see cref="MismatchGrid"/>.</param>
public sealed record HedgeBandProblem(
    IReadOnlyList<RegimeHedgeLaw> Regimes,
    double[][] TransitionPerCheck,
    double CheckYears,
    double RiskAversionPerUsd,
    MismatchGridSettings? Grid = null)
{
    // Row sums of a transition matrix read from JSON carry rounding; a real mistake is far larger.
    private const double RowSumTolerance = 1e-9;

    /// <summary>One regime that never changes.</summary>
    public static HedgeBandProblem SingleRegime(RegimeHedgeLaw law, double checkYears, double riskAversionPerUsd, MismatchGridSettings? grid = null) =>
        new([law], [[1.0]], checkYears, riskAversionPerUsd, grid);

    /// <summary>Checks per day (ACT/365 day).</summary>
    public double ChecksPerDay => 1.0 / (365.0 * CheckYears);

    /// <exception cref="ArgumentException">
    /// Risk aversion or check length not finite and positive, no regime, a regime out of range, or a
    /// transition matrix that is not square of the regimes' size with rows of probabilities summing to 1
    /// (more than one recurrent class is caught where the chain is built, also before any iteration).
    /// </exception>
    internal void Validate()
    {
        OptimizationInput.RequirePositive(RiskAversionPerUsd, "problem", "risk aversion (1/USD)");
        OptimizationInput.RequirePositive(CheckYears, "problem", "check length (years)");
        if (Regimes is null || Regimes.Count == 0) throw new ArgumentException("problem: no regime", nameof(Regimes));
        foreach (RegimeHedgeLaw law in Regimes) law.Validate();
        ValidateTransition(TransitionPerCheck, Regimes.Count);
    }

    /// <summary>Throws unless <paramref name="matrix"/> is n x n, entries in [0, 1], rows summing to 1.</summary>
    private static void ValidateTransition(double[][] matrix, int n)
    {
        if (matrix is null || matrix.Length != n)
            throw new ArgumentException($"transition matrix: need {n} rows, one per regime", nameof(TransitionPerCheck));
        for (int i = 0; i < n; i++)
        {
            if (matrix[i] is null || matrix[i].Length != n)
                throw new ArgumentException($"transition matrix: row {i} needs {n} entries", nameof(TransitionPerCheck));
            double sum = 0;
            foreach (double p in matrix[i])
            {
                OptimizationInput.RequireProbability(p, $"transition matrix row {i}", "entry");
                sum += p;
            }
            if (Math.Abs(sum - 1) > RowSumTolerance)
                throw new ArgumentException($"transition matrix: row {i} sums to {sum}, not 1", nameof(TransitionPerCheck));
        }
    }
}
