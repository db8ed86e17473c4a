namespace GpuRisk.Optimization;

/// <summary>The result of <see cref="RelativeValueIteration.Solve"/>.</summary>
/// <param name="RelativeValue">h per state (regime-major), USD, 0 at the reference state.</param>
/// <param name="Action">Optimal action per state: the grid point traded to (the state's own point: no trade).</param>
/// <param name="LowerBoundUsd">Lower bound on the optimal average cost per check, USD.</param>
/// <param name="UpperBoundUsd">Upper bound on the optimal average cost per check, USD.</param>
/// <param name="Iterations">Bellman steps taken.</param>
internal sealed record RelativeValueSolution(double[] RelativeValue, int[] Action, double LowerBoundUsd, double UpperBoundUsd, int Iterations);
