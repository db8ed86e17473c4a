namespace GpuRisk.Kernels.Revaluation;

/// <summary>A state at which the accuracy probe revalues one underlying's positions.</summary>
/// <param name="Slot">The walk slot (underlying).</param>
/// <param name="Observation">The observation (its time sets every time to expiry).</param>
/// <param name="Regime">The regime whose parameters price.</param>
/// <param name="Spot">Spot, USD.</param>
/// <param name="LogReturn">ln(spot / today's spot).</param>
/// <param name="Variance">Variance.</param>
public readonly record struct ProbeState(int Slot, int Observation, int Regime, double Spot, double LogReturn, double Variance);
