using GpuRisk.Kernels.Models;
using ILGPU;

namespace GpuRisk.Kernels.Stress;

/// <summary>
/// European options under Heston and Bates by Lewis's single Fourier integral, on the device, in two
/// kernels: <see cref="CoefficientKernel"/> evaluates the characteristic function once per
/// (group, node, variant), and <see cref="PriceKernel"/> sums those coefficients for every option.
/// </summary>
/// <remarks>
/// <para>Price (Lewis 2001, "A Simple Option Formula for General Jump-Diffusion and Other Exponential
/// Levy Processes", eq. 2.10, written with the forward): with x = ln(F/K), F = S e^((r-q)T),
/// C = e^(-rT) [F - sqrt(F K) / pi * I0], I0 = int_0^inf Re[e^(i u x) phi(u - i/2)] / (u^2 + 1/4) du,
/// phi from <see cref="BatesCharacteristicFunction"/>. Puts by parity: P = C - e^(-rT)(F - K).</para>
/// <para>Quadrature: the integrand is even in u and analytic in the strip |Im u| &lt; 1/2 (moments of
/// S_T of order 0..1 exist), so the trapezoidal rule h [f(0)/2 + f(h) + f(2h) + ...] converges
/// geometrically, with error about e^(-2 pi a / h) for a strip half-width a (Trefethen and Weideman,
/// "The Exponentially Convergent Trapezoidal Rule", SIAM Review 56(3), 2014). The host picks h and
/// the truncation point. Uniform nodes let e^(i u_m x) advance by one complex product per node
/// (re-anchored with an exact Cos/Sin every 64 nodes), so an option costs no trigonometry per node.</para>
/// <para>Greeks: delta and gamma are exact derivatives of the integral in S
/// (I1 = dI0/dx, I2 = d2I0/dx2, A = sqrt(F K)/pi, D = e^(-rT)):
/// delta_C = D/S [F - A (I0/2 + I1)], gamma = -delta_C/S + D/S^2 [F - A (I0/4 + I1 + I2)].
/// Vega and theta are central differences over model variants whose coefficients come from the same
/// kernel (the T-bumped variants carry e^(+-i u (r-q) dT), the shift of x with the forward).</para>
/// </remarks>
public static class FourierPricer
{
    private const int AnchorEvery = 64;

    /// <summary>
    /// Kernel over j = node * 5 + variant: coefficients[j] = w_m phi_v(u_m - i/2) / (u_m^2 + 1/4)
    /// (times the forward shift of the T variants), w_0 = h/2, w_m = h.
    /// </summary>
    public static void CoefficientKernel(
        Index1D j, ArrayView<FourierGroup> groups, ArrayView<int> nodeGroup, ArrayView<DoubleComplex> coefficients)
    {
        int node = j / FourierGroup.Variants;
        int variant = j - node * FourierGroup.Variants;
        FourierGroup g = groups[nodeGroup[node]];
        coefficients[j] = Coefficient(g, node - g.NodeOffset, variant);
    }

    /// <summary>The coefficient of node <paramref name="m"/> of group <paramref name="g"/>, model variant <paramref name="variant"/>.</summary>
    public static DoubleComplex Coefficient(in FourierGroup g, int m, int variant)
    {
        double u = m * g.Step;
        double weight = m == 0 ? 0.5 * g.Step : g.Step;
        UnderlyingDynamics model = variant == 1 ? g.Model.ShiftVol(g.VolBump)
            : variant == 2 ? g.Model.ShiftVol(-g.VolBump) : g.Model;
        double timeShift = variant == 3 ? g.TimeBump : variant == 4 ? -g.TimeBump : 0.0;
        DoubleComplex phi = BatesCharacteristicFunction.Evaluate(new DoubleComplex(u, -0.5), g.Years + timeShift, model);
        DoubleComplex c = phi * (weight / (u * u + 0.25));
        if (timeShift != 0.0)
        {
            double angle = u * (g.Rate - g.Carry) * timeShift;
            c = c * new DoubleComplex(Math.Cos(angle), Math.Sin(angle));
        }
        return c;
    }

    /// <summary>Kernel: value and Greeks of every <see cref="FourierItem"/>.</summary>
    public static void PriceKernel(
        Index1D i, ArrayView<FourierItem> items, ArrayView<FourierGroup> groups,
        ArrayView<DoubleComplex> coefficients, ArrayView<StressFigures> output)
    {
        FourierItem item = items[i];
        output[i] = Price(item, groups[item.Group], coefficients);
    }

    /// <summary>Value and Greeks of <paramref name="item"/> from its group's coefficients, quantity included.</summary>
    public static StressFigures Price(in FourierItem item, in FourierGroup g, ArrayView<DoubleComplex> coefficients)
    {
        double s = item.Spot, k = item.Strike, t = g.Years, growth = g.Rate - g.Carry;
        double x = Math.Log(s / k) + growth * t;
        double i0 = 0, i1 = 0, i2 = 0, volUp = 0, volDown = 0, timeUp = 0, timeDown = 0;
        double stepAngle = g.Step * x;
        DoubleComplex advance = new(Math.Cos(stepAngle), Math.Sin(stepAngle));
        DoubleComplex e = new(1.0, 0.0);
        long baseIndex = (long)g.NodeOffset * FourierGroup.Variants;
        for (int m = 0; m < g.NodeCount; m++)
        {
            if (m % AnchorEvery == 0)
            {
                double angle = m * stepAngle;
                e = new DoubleComplex(Math.Cos(angle), Math.Sin(angle));
            }
            double u = m * g.Step;
            long at = baseIndex + (long)m * FourierGroup.Variants;
            DoubleComplex c = coefficients[at];
            double re = e.Re * c.Re - e.Im * c.Im;
            double im = e.Re * c.Im + e.Im * c.Re;
            i0 += re;
            i1 -= u * im;
            i2 -= u * u * re;
            volUp += RealOfProduct(e, coefficients[at + 1]);
            volDown += RealOfProduct(e, coefficients[at + 2]);
            timeUp += RealOfProduct(e, coefficients[at + 3]);
            timeDown += RealOfProduct(e, coefficients[at + 4]);
            e = e * advance;
        }

        bool isPut = item.Kind == InstrumentKind.Put;
        double forward = s * Math.Exp(growth * t);
        double discount = Math.Exp(-g.Rate * t);
        double a = Math.Sqrt(forward * k) / Math.PI;
        double value = Lewis(isPut, discount, forward, k, a, i0);
        double callDelta = discount / s * (forward - a * (0.5 * i0 + i1));
        double delta = isPut ? callDelta - discount * forward / s : callDelta;
        double gamma = -callDelta / s + discount / (s * s) * (forward - a * (0.25 * i0 + i1 + i2));
        double vega = (Lewis(isPut, discount, forward, k, a, volUp) - Lewis(isPut, discount, forward, k, a, volDown))
                      / (2.0 * g.VolBump) * 0.01;
        double up = AtTime(isPut, s, k, g, t + g.TimeBump, timeUp);
        double down = AtTime(isPut, s, k, g, t - g.TimeBump, timeDown);
        double theta = -(up - down) / (2.0 * g.TimeBump) / 365.0;
        double q = item.Quantity;
        return new StressFigures(q * value, q * delta, q * gamma, q * vega, q * theta);
    }

    private static double RealOfProduct(DoubleComplex a, DoubleComplex b) => a.Re * b.Re - a.Im * b.Im;

    private static double AtTime(bool isPut, double s, double k, in FourierGroup g, double years, double integral)
    {
        double forward = s * Math.Exp((g.Rate - g.Carry) * years);
        return Lewis(isPut, Math.Exp(-g.Rate * years), forward, k, Math.Sqrt(forward * k) / Math.PI, integral);
    }

    private static double Lewis(bool isPut, double discount, double forward, double strike, double a, double integral)
    {
        double call = discount * (forward - a * integral);
        return isPut ? call - discount * (forward - strike) : call;
    }
}
