namespace GpuRisk.MonteCarlo;

/// <summary>Horizon state per path (index i is path PathStart + i).</summary>
/// <param name="LogReturn">ln(S_h / S_0).</param>
/// <param name="Variance">Instantaneous variance at the horizon.</param>
/// <param name="Regime">Regime on the horizon day.</param>
public sealed record PathStates(double[] LogReturn, double[] Variance, int[] Regime);
