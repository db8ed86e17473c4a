using GpuRisk.Pricing;

namespace GpuRisk.Stress;

/// <summary>Standard errors of a Monte Carlo stress cell's total figures.</summary>
/// <param name="ValueChange">Of the value change, from per-path differences (cell minus base on the same paths), USD.</param>
/// <param name="Greeks">
/// Of the Greeks: the sum over positions of each position's batch-means error, an upper bound (the
/// positions' errors can only partly cancel).
/// </param>
public sealed record CellErrors(double ValueChange, GreekStdErrs Greeks);
