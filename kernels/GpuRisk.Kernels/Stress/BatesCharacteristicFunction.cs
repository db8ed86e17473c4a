using GpuRisk.Kernels.Models;

namespace GpuRisk.Kernels.Stress;

/// <summary>
/// The characteristic function of X = ln(S_T / F_T) under <see cref="UnderlyingDynamics"/> (Bates: Heston
/// plus log-normal jumps, and its special cases), F_T = S_0 e^((r - q) T), for a complex argument:
/// phi(z) = E[e^(i z X)], so phi(-i) = 1. The drift does not enter (X is relative to the forward).
/// </summary>
/// <remarks>
/// Heston part in the form of Albrecher, Mayer, Schoutens and Tistaert, "The Little Heston Trap"
/// (Wilmott, Jan 2007), which stays on the principal branch of the logarithm for all T:
/// beta = kappa - rho xi i z, d = sqrt(beta^2 + xi^2 (z^2 + i z)), g = (beta - d) / (beta + d),
/// C = kappa theta / xi^2 [(beta - d) T - 2 ln((1 - g e^(-dT)) / (1 - g))],
/// D = (beta - d) / xi^2 (1 - e^(-dT)) / (1 - g e^(-dT)), phi_H = e^(C + D v0).
/// With xi = 0 (Black-Scholes, Merton, deterministic mean-reverting variance) the variance path is known
/// and ln phi_H = -(z^2 + i z) I / 2, I = <see cref="UnderlyingDynamics.ExpectedIntegratedVariance"/>.
/// Jumps (Bates 1996, compensated so that X stays a martingale's log):
/// ln phi_J = lambda T (e^(i z mu - z^2 delta^2 / 2) - 1 - i z (e^(mu + delta^2/2) - 1)).
/// The same method runs on the host (to size the quadrature) and on the device (to price), so the
/// math has one source.
/// </remarks>
public static class BatesCharacteristicFunction
{
    /// <summary>phi(<paramref name="z"/>) for maturity <paramref name="years"/> (years, &gt; 0).</summary>
    public static DoubleComplex Evaluate(DoubleComplex z, double years, in UnderlyingDynamics p)
    {
        DoubleComplex iz = z.TimesI;
        DoubleComplex zz = z * z;
        DoubleComplex one = new(1.0, 0.0);
        DoubleComplex exponent;
        if (p.Xi == 0.0)
        {
            exponent = (zz + iz) * (-0.5 * p.ExpectedIntegratedVariance(p.V0, years));
        }
        else
        {
            double xi2 = p.Xi * p.Xi;
            DoubleComplex beta = new DoubleComplex(p.Kappa, 0.0) - iz * (p.Rho * p.Xi);
            DoubleComplex d = DoubleComplex.Sqrt(beta * beta + (zz + iz) * xi2);
            DoubleComplex betaMinusD = beta - d;
            DoubleComplex g = betaMinusD / (beta + d);
            DoubleComplex e = DoubleComplex.Exp(-d * years);
            DoubleComplex oneMinusGe = one - g * e;
            DoubleComplex c = (betaMinusD * years - DoubleComplex.Log(oneMinusGe / (one - g)) * 2.0) * (p.Kappa * p.Theta / xi2);
            DoubleComplex dTerm = betaMinusD * (1.0 / xi2) * ((one - e) / oneMinusGe);
            exponent = c + dTerm * p.V0;
        }
        if (p.JumpLambda > 0.0)
        {
            DoubleComplex jumpCf = DoubleComplex.Exp(iz * p.JumpMean - zz * (0.5 * p.JumpStdev * p.JumpStdev));
            exponent = exponent + (jumpCf - one - iz * p.MeanRelativeJump) * (p.JumpLambda * years);
        }
        return DoubleComplex.Exp(exponent);
    }
}
