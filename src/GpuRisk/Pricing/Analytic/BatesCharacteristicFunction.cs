using System.Numerics;
using GpuRisk.Models;

namespace GpuRisk.Pricing.Analytic;

/// <summary>
/// Characteristic function of X = ln(S_T / F) under Heston (1993) or Bates (1996) dynamics, evaluated on
/// the line z = u - i/2 that Lewis's single-integral formula uses, with its partial derivatives in v0,
/// theta and T.
/// </summary>
/// <remarks>
/// phi(z) = E[e^(i z X)] = exp(theta a(z, T) + v0 B(z, T) + lambda T (e^(i z mu - z^2 delta^2 / 2) - 1 - i z kbar)),
/// kbar = e^(mu + delta^2/2) - 1, where with q = z^2 + i z, beta = kappa - i rho xi z,
/// d = sqrt(beta^2 + xi^2 q) (principal root, Re d &gt;= 0), s = beta + d, g = (beta - d) / s = -xi^2 q / s^2,
/// E = e^(-d T):
/// B = -(q / s) (1 - E) / (1 - g E),
/// a = kappa [ -q T / s - (2 / xi^2) ln((1 - g E) / (1 - g)) ].
/// This is the "little Heston trap" form of Albrecher et al. [3] (e^(-dT), not e^(+dT)), continuous in u
/// with the principal logarithm. beta - d is written as -xi^2 q / s and the logarithm as
/// w log1p(w)/w with w = g (1 - E)/(1 - g), so nothing cancels as xi -&gt; 0 and xi = 0 gives exactly the
/// Black-Scholes exponent -q (integrated variance)/2.
/// dB/dT = -(q/s) d E (1 - g)/(1 - g E)^2 and d(theta a)/dT = kappa theta B (the Riccati equations of
/// the affine model), so theta needs no numerical differentiation. On z = u - i/2, q = u^2 + 1/4 is real.
/// References: [1] Heston, Rev. Financial Studies 6 (1993); [2] Bates, Rev. Financial Studies 9 (1996);
/// [3] Albrecher, Mayer, Schoutens, Tistaert, "The Little Heston Trap", Wilmott (Jan 2007);
/// [4] Lewis, Option Valuation under Stochastic Volatility (2000), ch. 2; [5] Duffie, Pan, Singleton,
/// Econometrica 68 (2000) for the Riccati equations.
/// </remarks>
internal readonly struct BatesCharacteristicFunction
{
    private readonly double _kappa, _theta, _xi, _rho, _v0, _years;
    private readonly double _lambda, _jumpMean, _jumpVar, _kbar;

    /// <summary>Captures the model and the horizon.</summary>
    /// <param name="heston">Variance dynamics.</param>
    /// <param name="jumps">Log-normal jumps, or null for Heston.</param>
    /// <param name="years">Horizon T in years, &gt; 0.</param>
    public BatesCharacteristicFunction(HestonParameters heston, JumpParameters? jumps, double years)
    {
        _kappa = heston.Kappa;
        _theta = heston.Theta;
        _xi = heston.Xi;
        _rho = heston.Rho;
        _v0 = heston.V0;
        _years = years;
        _lambda = jumps?.Lambda ?? 0.0;
        _jumpMean = jumps?.Mean ?? 0.0;
        _jumpVar = jumps is null ? 0.0 : jumps.Stdev * jumps.Stdev;
        _kbar = jumps?.MeanRelativeJump ?? 0.0;
    }

    /// <summary>ln phi at z = -i/2, i.e. ln E[(S_T/F)^(1/2)]: real and negative.</summary>
    public double LogAtOrigin()
    {
        Evaluate(0.0, out Complex logPhi, out _, out _, out _);
        return logPhi.Real;
    }

    /// <summary>ln phi and its partial derivatives at z = <paramref name="u"/> - i/2.</summary>
    /// <param name="u">Real part of the argument, &gt;= 0.</param>
    /// <param name="logPhi">ln phi(z).</param>
    /// <param name="dV0">d ln phi / d v0 (= B).</param>
    /// <param name="dTheta">d ln phi / d theta (= a).</param>
    /// <param name="dYears">d ln phi / d T.</param>
    public void Evaluate(double u, out Complex logPhi, out Complex dV0, out Complex dTheta, out Complex dYears)
    {
        double q = u * u + 0.25;
        var beta = new Complex(_kappa - 0.5 * _rho * _xi, -_rho * _xi * u);
        Complex d = Complex.Sqrt(beta * beta + _xi * _xi * q);
        Complex s = beta + d;
        Complex qOverS = q / s;
        Complex g = -_xi * _xi * qOverS / s;
        Complex e = Complex.Exp(-d * _years);
        Complex oneMinusE = -ComplexMath.Expm1(-d * _years);
        Complex oneMinusG = 1.0 - g;
        Complex oneMinusGE = 1.0 - g * e;

        Complex b = -qOverS * oneMinusE / oneMinusGE;
        // (2/xi^2) ln(1 + w) with w = g (1 - E)/(1 - g) and g/xi^2 = -q/s^2, written to survive xi = 0.
        Complex w = g * oneMinusE / oneMinusG;
        Complex logTerm = -2.0 * qOverS / s * oneMinusE / oneMinusG * ComplexMath.Log1pOverX(w);
        Complex a = _kappa * (-qOverS * _years - logTerm);
        Complex dbDYears = -qOverS * d * e * oneMinusG / (oneMinusGE * oneMinusGE);

        // Jumps: i z = i u + 1/2, z^2 = u^2 - 1/4 - i u.
        var jumpExponent = new Complex(0.5 * _jumpMean - 0.5 * _jumpVar * (u * u - 0.25), u * (_jumpMean + 0.5 * _jumpVar));
        Complex jumpRate = _lambda == 0.0 ? Complex.Zero
            : _lambda * (Complex.Exp(jumpExponent) - 1.0 - new Complex(0.5, u) * _kbar);

        logPhi = _theta * a + _v0 * b + _years * jumpRate;
        dV0 = b;
        dTheta = a;
        dYears = _kappa * _theta * b + _v0 * dbDYears + jumpRate;
    }
}
