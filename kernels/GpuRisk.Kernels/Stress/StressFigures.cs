namespace GpuRisk.Kernels.Stress;

/// <summary>
/// What a stress kernel writes for one (cell, position) item, quantity included, in DESIGN.md's units.
/// </summary>
/// <param name="Value">USD.</param>
/// <param name="Delta">Coins: dV/dS.</param>
/// <param name="Gamma">Coins per USD: d2V/dS2.</param>
/// <param name="Vega">USD per 0.01 of volatility (Heston/Bates: +0.01 on sqrt(v0) and sqrt(theta)).</param>
/// <param name="Theta">USD per calendar day: -dV/dT / 365, model inputs fixed.</param>
public readonly record struct StressFigures(double Value, double Delta, double Gamma, double Vega, double Theta);
