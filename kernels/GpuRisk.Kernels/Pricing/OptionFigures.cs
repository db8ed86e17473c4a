namespace GpuRisk.Kernels.Pricing;

/// <summary>
/// Value and sensitivities of one European option on one coin, in raw units: USD, coins, coins per USD,
/// USD per unit (1.00) of volatility, and USD per year of expiry (dV/dT, not theta). Engines convert to
/// DESIGN.md's units (vega per 0.01, theta = -dV/dT / 365).
/// </summary>
public struct OptionFigures<T> where T : unmanaged
{
    /// <summary>Value, USD.</summary>
    public T Value;
    /// <summary>dV/dS, coins.</summary>
    public T Delta;
    /// <summary>d2V/dS2, coins per USD.</summary>
    public T Gamma;
    /// <summary>dV/dsigma, USD per unit of volatility.</summary>
    public T VegaPerUnitVol;
    /// <summary>dV/dT at fixed spot, USD per year.</summary>
    public T DValueDYears;
}
