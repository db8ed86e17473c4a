namespace GpuRisk.Optimization;

/// <summary>A policy's figures while the chain is in one regime.</summary>
/// <param name="Regime">Regime name.</param>
/// <param name="Probability">Long-run fraction of checks spent in the regime.</param>
/// <param name="Figures">Per-day figures given the regime (as if the day were spent in it); NaN for a regime never visited.</param>
public sealed record RegimeFigures(string Regime, double Probability, HedgeFigures Figures);
