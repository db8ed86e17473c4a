namespace GpuRisk.Optimization;

/// <summary>Stopping rules of the optimizer's iterations.</summary>
/// <param name="Tolerance">
/// Relative value iteration stops when the bounds on the optimal average cost per check, min and max
/// of (T h - h) (Odoni 1969), agree to this fraction of it; the stationary distribution of a policy
/// stops when one more check moves it by less than this in total variation (L1). &gt; 0.
/// </param>
/// <param name="MaxIterations">Most iterations (checks) either may take before it gives up, &gt;= 1.</param>
public sealed record BandOptimizerOptions(double Tolerance = 1e-10, int MaxIterations = 1_000_000)
{
    /// <exception cref="ArgumentException">Tolerance not finite and positive, or no iteration allowed.</exception>
    internal void Validate()
    {
        OptimizationInput.RequirePositive(Tolerance, "options", "tolerance");
        if (MaxIterations < 1) throw new ArgumentException($"options: MaxIterations {MaxIterations} must be >= 1", nameof(MaxIterations));
    }
}
