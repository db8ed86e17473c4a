using System.Numerics;

namespace GpuRisk.Pricing.Analytic;

/// <summary>
/// The integrands of Lewis's formula with a Black-Scholes control variate, for a strip of strikes and for
/// value, delta, gamma, vega and T-derivative at once, on t in [0, 1) mapped to u = L t / (1 - t).
/// </summary>
/// <remarks>
/// With x_k = ln(F / K_k), delta-phi = phi(u - i/2) - phi_BS(u - i/2), phi_BS(u - i/2) = e^(-sigma^2 T q / 2),
/// q = u^2 + 1/4, and weight w = 1/q, the five components per strike are
/// Re[e^(iux) dphi] w, Re[e^(iux) dphi (1/2 + iu)] w, Re[e^(iux) dphi], Re[e^(iux) phi dlnphi/ds] w and
/// Re[e^(iux) (iu (r - c) dphi + d(dphi)/dT)] w, each times the Jacobian dU/dt = L / (1 - t)^2.
/// (1/2 + iu) and -(q) are what d/dS and d^2/dS^2 of sqrt(F K) e^(iux), proportional to S^(1/2 + iu), bring down.
/// </remarks>
internal readonly struct LewisStripIntegrand : IVectorIntegrand
{
    /// <summary>Components per strike: value, delta, gamma, vega, d/dT.</summary>
    public const int PerStrike = 5;

    private readonly BatesCharacteristicFunction _cf;
    private readonly double[] _logMoneyness;
    private readonly int _strikes;
    private readonly double _scale, _cvVariance, _years, _drift, _vegaV0, _vegaTheta;

    /// <param name="cf">The model's characteristic function at the expiry.</param>
    /// <param name="logMoneyness">ln(F/K) per strike (the first <paramref name="strikes"/> entries are used).</param>
    /// <param name="strikes">Number of strikes.</param>
    /// <param name="scale">L of the map u = L t / (1 - t).</param>
    /// <param name="cvVariance">sigma^2 of the control variate.</param>
    /// <param name="years">T.</param>
    /// <param name="drift">r - c: d x / d T.</param>
    /// <param name="vegaV0">d v0 / d(vol shift) per 0.01: 0.02 sqrt(v0).</param>
    /// <param name="vegaTheta">d theta / d(vol shift) per 0.01: 0.02 sqrt(theta).</param>
    public LewisStripIntegrand(BatesCharacteristicFunction cf, double[] logMoneyness, int strikes, double scale,
        double cvVariance, double years, double drift, double vegaV0, double vegaTheta)
    {
        _cf = cf;
        _logMoneyness = logMoneyness;
        _strikes = strikes;
        _scale = scale;
        _cvVariance = cvVariance;
        _years = years;
        _drift = drift;
        _vegaV0 = vegaV0;
        _vegaTheta = vegaTheta;
    }

    public int Dimension => PerStrike * _strikes;

    public void Evaluate(double t, Span<double> values, Span<double> magnitudes)
    {
        double oneMinusT = 1.0 - t;
        double u = _scale * t / oneMinusT;
        double jacobian = _scale / (oneMinusT * oneMinusT);
        double q = u * u + 0.25;
        _cf.Evaluate(u, out Complex logPhi, out Complex dV0, out Complex dTheta, out Complex dYears);
        Complex phi = Complex.Exp(logPhi);
        double phiBs = Math.Exp(-0.5 * _cvVariance * _years * q);
        Complex dphi = phi - phiBs;
        Complex vegaPhi = phi * (_vegaV0 * dV0 + _vegaTheta * dTheta);
        Complex dphiDYears = phi * dYears + 0.5 * _cvVariance * q * phiBs;
        double weighted = jacobian / q;
        for (int k = 0; k < _strikes; k++)
        {
            (double sin, double cos) = Math.SinCos(u * _logMoneyness[k]);
            var rotation = new Complex(cos, sin);
            Complex c0 = rotation * dphi;
            Span<double> v = values.Slice(PerStrike * k, PerStrike);
            v[0] = weighted * c0.Real;
            v[1] = weighted * (0.5 * c0.Real - u * c0.Imaginary);
            v[2] = jacobian * c0.Real;
            v[3] = weighted * (rotation * vegaPhi).Real;
            v[4] = weighted * (-u * _drift * c0.Imaginary + (rotation * dphiDYears).Real);
        }
        if (magnitudes.IsEmpty) return;
        // The same terms without cancellation between the model and the control variate.
        double both = Complex.Abs(phi) + phiBs;
        double vegaMagnitude = weighted * Complex.Abs(vegaPhi);
        double thetaMagnitude = weighted * (Math.Abs(u * _drift) * both + Complex.Abs(phi * dYears) + 0.5 * _cvVariance * q * phiBs);
        for (int k = 0; k < _strikes; k++)
        {
            Span<double> m = magnitudes.Slice(PerStrike * k, PerStrike);
            m[0] = weighted * both;
            m[1] = weighted * both * Math.Sqrt(q);     // |1/2 + iu| = sqrt(q)
            m[2] = jacobian * both;
            m[3] = vegaMagnitude;
            m[4] = thetaMagnitude;
        }
    }
}
