namespace GpuRisk.Optimization;

/// <summary>A policy's long-run (stationary) figures on a <see cref="HedgeBandProblem"/>'s discrete chain.</summary>
/// <param name="Overall">Per-day figures over all regimes.</param>
/// <param name="Regimes">Per regime, in the problem's order.</param>
/// <param name="ObjectivePerCheckUsd">Average trading cost plus (G/2) x hedging-error variance per check, USD: what the optimizer minimises.</param>
/// <param name="RmsMismatchCoins">Root mean square of the mismatch held over a check, coins.</param>
/// <param name="GridEdgeProbability">
/// Long-run probability of sitting on either end of the grid; more than a trace means the grid
/// clamps the mismatch and the figures understate the risk (widen the grid).
/// </param>
public sealed record PolicyEvaluation(
    HedgeFigures Overall,
    IReadOnlyList<RegimeFigures> Regimes,
    double ObjectivePerCheckUsd,
    double RmsMismatchCoins,
    double GridEdgeProbability);
