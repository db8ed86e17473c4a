namespace GpuRisk.Optimization;

/// <summary>The stationary (average-cost) optimum of a <see cref="HedgeBandProblem"/>.</summary>
/// <param name="Regimes">Per regime, in the problem's order: band, reset, figures and action map.</param>
/// <param name="Evaluation">The optimal policy's long-run figures (<see cref="PolicyEvaluator"/>).</param>
/// <param name="AverageCostLowerBoundUsd">Lower bound on the optimal objective per check (cost + (G/2) variance), USD.</param>
/// <param name="AverageCostUpperBoundUsd">Upper bound on the same, USD.</param>
/// <param name="Iterations">Relative value iteration steps on the final grid.</param>
/// <param name="Grid">The mismatch grid the program ran on.</param>
/// <param name="Throughput">DP cells and time, for <c>gpurisk bench</c>.</param>
public sealed record BandSolution(
    IReadOnlyList<RegimeBandResult> Regimes,
    PolicyEvaluation Evaluation,
    double AverageCostLowerBoundUsd,
    double AverageCostUpperBoundUsd,
    int Iterations,
    MismatchGrid Grid,
    DpThroughput Throughput)
{
    /// <summary>The bands as a policy, e.g. to evaluate on another law or to export.</summary>
    public BandPolicy ToPolicy() => new(Regimes.Select(r => r.Band).ToArray());
}
