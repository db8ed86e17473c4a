namespace GpuRisk.Optimization;

/// <summary>The bands in force at the start of one schedule bucket.</summary>
/// <param name="FirstCheck">Index of the bucket's first check from the valuation time (0-based).</param>
/// <param name="Bands">Per regime, in the problem's order.</param>
/// <param name="Evaluation">
/// The bucket's bands' long-run figures were the bucket's law to hold for good (<see cref="PolicyEvaluator"/>): per
/// day and per regime, the rates the bucket runs at once its start is forgotten.
/// </param>
public sealed record ScheduledBands(int FirstCheck, IReadOnlyList<RegimeBand> Bands, PolicyEvaluation Evaluation);
