using GpuRisk.Kernels.Models;
using GpuRisk.Kernels.Stress;

namespace GpuRisk.Stress;

/// <summary>
/// Sizes the device's trapezoidal rule for one <see cref="FourierGroup"/>: a fixed node spacing and a
/// truncation point past which the characteristic function is negligible.
/// </summary>
/// <remarks>
/// Spacing: the Lewis integrand has poles at u = +-i/2, so the trapezoidal error is about
/// e^(-2 pi a / h) with a just under 1/2 (Trefethen and Weideman 2014, Theorem 5.1); h = 0.1 gives
/// ~1e-13 relative to the integral, checked against QuantLib in the tests.
/// Truncation: the first u (searched on a 1.25x geometric ladder, then confirmed at 1.5u) where
/// |phi(u - i/2)| &lt; 1e-15, using the slowest-decaying variant of the group (vol - bump, T - bump).
/// The characteristic function is the same method the device runs.
/// </remarks>
public static class FourierQuadrature
{
    /// <summary>Node spacing h.</summary>
    public const double Step = 0.1;

    /// <summary>|phi| below which the integrand's tail is dropped.</summary>
    public const double Tolerance = 1e-15;

    /// <summary>Largest truncation point: beyond it the group is priced with this many nodes anyway.</summary>
    public const double MaxU = 50_000.0;

    /// <summary>Number of nodes (u = 0, h, 2h, ...) for a group with these parameters.</summary>
    public static int NodeCount(in UnderlyingDynamics model, double years, double volBump, double timeBump)
    {
        UnderlyingDynamics slowest = model.ShiftVol(-volBump);
        double t = years - timeBump;
        double u = 1.0;
        while (u < MaxU && (Magnitude(u, t, slowest) >= Tolerance || Magnitude(1.5 * u, t, slowest) >= Tolerance))
        {
            u *= 1.25;
        }
        return (int)Math.Ceiling(Math.Min(u, MaxU) / Step) + 1;
    }

    private static double Magnitude(double u, double years, in UnderlyingDynamics model) =>
        BatesCharacteristicFunction.Evaluate(new DoubleComplex(u, -0.5), years, model).Abs;
}
