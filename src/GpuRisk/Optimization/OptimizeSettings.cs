using GpuRisk.Config;
using GpuRisk.Horizon;

namespace GpuRisk.Optimization;

/// <summary>What <c>optimize</c> computes.</summary>
/// <param name="RiskAversions">The CARA risk aversions G (1/USD) to solve for: one, or a frontier.</param>
/// <param name="Chosen">The G whose bands are exported to thresholds.json.</param>
/// <param name="Horizon">Horizon of the estimation and of the proof.</param>
/// <param name="Check">How often the hedge is looked at.</param>
/// <param name="Estimation">The paths the transition law is estimated on (seed range A).</param>
/// <param name="ProofPaths">Paths of the out-of-sample proof (a seed the estimation never used).</param>
/// <param name="GapLimitUsd">Gap-loss limit of the proof backtest (null: its default).</param>
public sealed record OptimizeSettings(IReadOnlyList<double> RiskAversions, double Chosen, Duration Horizon, Duration Check,
    HorizonSettings Estimation, long ProofPaths, double? GapLimitUsd = null)
{
    /// <summary>The risk aversion when none is given, 1/USD.</summary>
    public const double DefaultRiskAversion = 1e-5;

    /// <summary>
    /// The seed of the out-of-sample paths: the estimation's seed plus the 64-bit golden-ratio increment, a different
    /// Philox key, so the proof's paths are independent of every path the law was estimated on.
    /// </summary>
    public ulong ProofSeed => unchecked(Estimation.Seed + 0x9E3779B97F4A7C15UL);

    /// <summary>Throws when a field is out of range.</summary>
    public void Validate()
    {
        if (RiskAversions.Count == 0 || RiskAversions.Any(g => !(g > 0 && double.IsFinite(g))))
            throw new ArgumentException("risk aversions must be finite and greater than zero");
        if (ProofPaths < 2) throw new ArgumentException("the proof needs at least 2 paths");
        Estimation.Validate();
    }
}
