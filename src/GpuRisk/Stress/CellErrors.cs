using GpuRisk.Pricing;

namespace GpuRisk.Stress;

/// <summary>Standard errors of a Monte Carlo stress cell's total figures.</summary>
/// <param name="ValueChange">Of the value change, from per-path differences (cell minus base on the same paths), USD.</param>
/// <param name="Greeks">Of the book's Greeks in the cell, by batch means over the cell's paths.</param>
public sealed record CellErrors(double ValueChange, GreekStdErrs Greeks);
