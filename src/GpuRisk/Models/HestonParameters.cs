namespace GpuRisk.Models;

/// <summary>
/// Heston (1993) variance dynamics: dv = kappa (theta - v) dt + xi sqrt(v) dW2, d&lt;W1, W2&gt; = rho dt.
/// </summary>
/// <param name="V0">Initial variance (0.36 = 60% vol).</param>
/// <param name="Kappa">Mean-reversion speed, per year.</param>
/// <param name="Theta">Long-run variance.</param>
/// <param name="Xi">Volatility of variance.</param>
/// <param name="Rho">Correlation of the spot and variance drivers.</param>
public sealed record HestonParameters(double V0, double Kappa, double Theta, double Xi, double Rho)
{
    /// <summary>True when 2 kappa theta &gt;= xi^2, so the variance never reaches zero.</summary>
    public bool SatisfiesFeller => 2.0 * Kappa * Theta >= Xi * Xi;
}
