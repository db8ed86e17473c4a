using GpuRisk.Kernels.Numerics;
using GpuRisk.Kernels.Pricing;
using ILGPU;

namespace GpuRisk.Kernels.Stress;

/// <summary>
/// Closed-form value and Greeks of a <see cref="ClosedFormItem"/>, and the kernel that applies it to
/// every item of a stress grid.
/// </summary>
/// <remarks>
/// Options: <see cref="BlackScholesFormula"/> in double; theta is -dV/dT / 365, vega per 0.01 of vol.
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
        OptionFigures<double> f = BlackScholesFormula.Evaluate<double, DoubleMath>(item.Kind == InstrumentKind.Put ? 1 : 0,
            item.Spot, item.Strike, item.Years, item.Rate, item.Carry, item.Vol);
        double q = item.Quantity;
        return new StressFigures(q * f.Value, q * f.Delta, q * f.Gamma, q * f.VegaPerUnitVol * 0.01, -q * f.DValueDYears / 365.0);
    }

    /// <summary>Kernel: <paramref name="output"/>[i] = <see cref="Evaluate"/>(<paramref name="items"/>[i]).</summary>
    public static void Kernel(Index1D i, ArrayView<ClosedFormItem> items, ArrayView<StressFigures> output) =>
        output[i] = Evaluate(items[i]);
}
