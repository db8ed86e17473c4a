using GpuRisk.Pricing;

namespace GpuRisk.MonteCarlo;

/// <summary>What a pricing simulation returns.</summary>
/// <param name="Options">Per underlying job, per option (in the job's order): figures for one coin.</param>
/// <param name="BookMean">Mean over paths of the book's per-path option value (sum of quantity x discounted payoff), USD.</param>
/// <param name="BookStdErr">Its standard error, from the per-path book values (positions are correlated).</param>
/// <param name="BookGreekErrors">Batch-means standard errors of the book's option Greeks (quantities applied).</param>
/// <param name="Paths">Paths simulated.</param>
/// <param name="Device">Device name.</param>
public sealed record SimulationResult(
    IReadOnlyList<IReadOnlyList<OptionEstimate>> Options, double BookMean, double BookStdErr,
    GreekStdErrs BookGreekErrors, long Paths, string Device);
