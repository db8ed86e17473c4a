using ILGPU;

namespace GpuRisk.Kernels.Stress;

/// <summary>
/// Closed-form value and Greeks of a <see cref="ClosedFormItem"/>, and the kernel that applies it to
/// every item of a stress grid.
/// </summary>
/// <remarks>
/// Options: Black-Scholes-Merton with continuous carry q (Black and Scholes 1973; Merton 1973):
/// C = S e^(-qT) N(d1) - K e^(-rT) N(d2), d1 = (ln(S/K) + (r - q + sigma^2/2) T) / (sigma sqrt T),
/// d2 = d1 - sigma sqrt T, puts by parity. Theta is -dV/dT / 365 in closed form:
/// dC/dT = S e^(-qT) n(d1) sigma / (2 sqrt T) - q S e^(-qT) N(d1) + r K e^(-rT) N(d2).
/// Futures are marked at the forward (undiscounted), perps at spot, spot holdings at S.
/// </remarks>
public static class ClosedFormPricer
{
    /// <summary>Value and Greeks of <paramref name="item"/>, quantity included.</summary>
    public static StressFigures Evaluate(in ClosedFormItem item)
    {
        double s = item.Spot, q = item.Quantity;
        switch (item.Kind)
        {
            case InstrumentKind.Spot:
                return new StressFigures(q * s, q, 0.0, 0.0, 0.0);
            case InstrumentKind.Perp:
                return new StressFigures(q * (s - item.EntryPrice), q, 0.0, 0.0, 0.0);
            case InstrumentKind.Future:
            {
                double growth = item.Rate - item.Carry;
                double forward = s * Math.Exp(growth * item.Years);
                return new StressFigures(
                    q * (forward - item.EntryPrice), q * forward / s, 0.0, 0.0, -q * forward * growth / 365.0);
            }
            default:
                return Option(item);
        }
    }

    private static StressFigures Option(in ClosedFormItem item)
    {
        double s = item.Spot, k = item.Strike, t = item.Years, r = item.Rate, c = item.Carry, sigma = item.Vol;
        double sqrtT = Math.Sqrt(t);
        double sd = sigma * sqrtT;
        double carryDiscount = Math.Exp(-c * t);
        double rateDiscount = Math.Exp(-r * t);
        double d1 = (Math.Log(s / k) + (r - c) * t) / sd + 0.5 * sd;
        double d2 = d1 - sd;
        double nd1 = DeviceNormal.Pdf(d1);
        double sPv = s * carryDiscount, kPv = k * rateDiscount;

        double gamma = carryDiscount * nd1 / (s * sd);
        double vega = sPv * nd1 * sqrtT * 0.01;
        double timeDecay = sPv * nd1 * sigma / (2.0 * sqrtT);
        double value, delta, dVdT;
        if (item.Kind == InstrumentKind.Call)
        {
            double n1 = DeviceNormal.Cdf(d1), n2 = DeviceNormal.Cdf(d2);
            value = sPv * n1 - kPv * n2;
            delta = carryDiscount * n1;
            dVdT = timeDecay - c * sPv * n1 + r * kPv * n2;
        }
        else
        {
            double n1 = DeviceNormal.Cdf(-d1), n2 = DeviceNormal.Cdf(-d2);
            value = kPv * n2 - sPv * n1;
            delta = -carryDiscount * n1;
            dVdT = timeDecay + c * sPv * n1 - r * kPv * n2;
        }
        double q = item.Quantity;
        return new StressFigures(q * value, q * delta, q * gamma, q * vega, -q * dVdT / 365.0);
    }

    /// <summary>Kernel: <paramref name="output"/>[i] = <see cref="Evaluate"/>(<paramref name="items"/>[i]).</summary>
    public static void Kernel(Index1D i, ArrayView<ClosedFormItem> items, ArrayView<StressFigures> output) =>
        output[i] = Evaluate(items[i]);
}
