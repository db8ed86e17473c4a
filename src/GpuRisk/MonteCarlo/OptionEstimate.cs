using GpuRisk.Pricing;

namespace GpuRisk.MonteCarlo;

/// <summary>
/// Monte Carlo figures of one option on one coin, in DESIGN.md units (USD, coins, per 0.01 vol,
/// per calendar day). <see cref="StdErr"/> is the sample standard deviation of the per-path
/// discounted payoffs over sqrt(paths).
/// </summary>
/// <param name="GreekErrors">Batch-means standard errors of the Greeks.</param>
public readonly record struct OptionEstimate(double Value, double StdErr, double Delta, double Gamma, double Vega, double Theta,
    GreekStdErrs GreekErrors);
