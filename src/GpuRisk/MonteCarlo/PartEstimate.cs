namespace GpuRisk.MonteCarlo;

/// <summary>The mean over paths of a book part's per-path value, USD, and its standard error from those per-path values.</summary>
public readonly record struct PartEstimate(double Mean, double StdErr);
