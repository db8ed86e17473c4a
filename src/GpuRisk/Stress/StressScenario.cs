namespace GpuRisk.Stress;

/// <summary>One joint shock of a stress grid.</summary>
/// <param name="SpotShock">Relative spot move: -0.16 = spot down 16%; &gt; -1.</param>
/// <param name="VolShock">
/// Absolute vol move before time-to-expiry scaling: 0.1 = +10 vol points. Black-Scholes: vol + shift;
/// Heston and Bates: sqrt(v0) and sqrt(theta) both + shift (<see cref="Models.UnderlyingModel.ShiftVol"/>).
/// </param>
public sealed record StressScenario(double SpotShock, double VolShock);
