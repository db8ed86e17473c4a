using GpuRisk.Kernels.Models;

namespace GpuRisk.Kernels.Stress;

/// <summary>
/// Options that share one characteristic function: the same underlying model (already vol-shocked), the
/// same expiry, rate and carry. Their strikes and (shocked) spots may differ, because phi of
/// ln(S_T/F_T) depends on neither. The group owns <see cref="NodeCount"/> quadrature nodes
/// u_m = m <see cref="Step"/>, m = 0..NodeCount-1, starting at <see cref="NodeOffset"/> of the node tables.
/// </summary>
/// <param name="Model">Shocked Heston/Bates parameters.</param>
/// <param name="Years">Time to expiry, years.</param>
/// <param name="Rate">Rate per year.</param>
/// <param name="Carry">Carry per year.</param>
/// <param name="VolBump">Half-width of the central difference for vega, in vol (on sqrt(v0), sqrt(theta)).</param>
/// <param name="TimeBump">Half-width of the central difference for theta, in years.</param>
/// <param name="NodeOffset">First node of this group in the node tables.</param>
/// <param name="NodeCount">Number of nodes.</param>
/// <param name="Step">Node spacing h of the trapezoidal rule.</param>
public readonly record struct FourierGroup(
    UnderlyingDynamics Model, double Years, double Rate, double Carry, double VolBump, double TimeBump,
    int NodeOffset, int NodeCount, double Step)
{
    /// <summary>
    /// Model variants a group prices: base, vol + bump, vol - bump, T + bump, T - bump.
    /// </summary>
    public const int Variants = 5;
}
