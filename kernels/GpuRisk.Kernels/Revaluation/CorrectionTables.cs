using GpuRisk.Kernels.Models;
using GpuRisk.Kernels.Stress;
using ILGPU;

namespace GpuRisk.Kernels.Revaluation;

/// <summary>
/// Builds the horizon revaluation's correction tables on the device by Lewis's Fourier integral with a
/// Black-Scholes control variate, in two kernels like <see cref="FourierPricer"/>: one evaluates the
/// characteristic functions per (column, node), one sums them per (column, moneyness node).
/// </summary>
/// <remarks>
/// <para>Decomposition (Andersen and Piterbarg, Interest Rate Modeling I, 9.4; the host's
/// AnalyticHestonEngine uses the same one): for any sigma, C = C_BS(sigma) - D sqrt(F K) / pi
/// int_0^inf Re[e^(i u x) (phi(u - i/2) - phi_BS(u - i/2))] / (u^2 + 1/4) du with x = ln(F/K),
/// phi_BS(u - i/2) = exp(-sigma^2 T (u^2 + 1/4) / 2). With sigma = sigma_cv, sigma_cv^2 = -8 ln phi(-i/2) / T,
/// the integrand vanishes at u = 0 and its removable poles at u = +-i/2 leave it analytic in a wide strip, so
/// the trapezoidal rule converges geometrically (Trefethen and Weideman, SIAM Review 56(3), 2014).</para>
/// <para>Per unit strike and undiscounted, dc(x) = -(e^(x/2) / pi) I0 with I0 = int Re[e^(iux) coef];
/// d/dx and d2/dx2 follow from I1 = dI0/dx, I2 = d2I0/dx2 exactly: dc_x = -(e^(x/2)/pi)(I0/2 + I1),
/// dc_xx = -(e^(x/2)/pi)(I0/4 + I1 + I2). With y = a sinh(xi / a) and x = y sigma_cv sqrt T, the table stores dc,
/// dc_xi = dc_x sigma_cv sqrt T cosh(xi / a) and dc_yy = dc_xx (sigma_cv sqrt T)^2. A put has the same correction
/// (put-call parity).</para>
/// </remarks>
public static class CorrectionTables
{
    /// <summary>
    /// Kernel over nodes n (grid-stride: thread t takes n = t, t + threads, ..., because the CPU accelerator pays per
    /// launched thread): coefficients[n] = w_m (phi(u_m - i/2) - phi_BS(u_m - i/2)) / (u_m^2 + 1/4), w_0 = h/2,
    /// w_m = h, for the column <paramref name="nodeColumn"/>[n].
    /// </summary>
    public static void CoefficientKernel(Index1D thread, ArrayView<CorrectionColumn> columns, ArrayView<int> nodeColumn,
        ArrayView<DoubleComplex> coefficients, int threads)
    {
        for (int n = thread; n < nodeColumn.IntLength; n += threads) coefficients[n] = Coefficient(columns[nodeColumn[n]], n);
    }

    private static DoubleComplex Coefficient(in CorrectionColumn c, int n)
    {
        int m = n - c.NodeOffset;
        double u = m * c.Step;
        double weight = m == 0 ? 0.5 * c.Step : c.Step;
        double q = u * u + 0.25;
        DoubleComplex phi = BatesCharacteristicFunction.Evaluate(new DoubleComplex(u, -0.5), c.Years, c.Model);
        double phiBs = Math.Exp(-0.5 * c.ControlVol * c.ControlVol * c.Years * q);
        return (phi + (-phiBs)) * (weight / q);
    }

    /// <summary>Kernel over (column, moneyness node) items, grid-stride like <see cref="CoefficientKernel"/>: writes each node's three numbers.</summary>
    public static void TableKernel(Index1D thread, ArrayView<CorrectionColumn> columns, ArrayView<int> firstItem,
        ArrayView<DoubleComplex> coefficients, ArrayView<double> data, int items, int threads)
    {
        for (int index = thread; index < items; index += threads) Node(index, columns, firstItem, coefficients, data);
    }

    private static void Node(int index, ArrayView<CorrectionColumn> columns, ArrayView<int> firstItem,
        ArrayView<DoubleComplex> coefficients, ArrayView<double> data)
    {
        int column = ColumnOf(index, firstItem);
        CorrectionColumn c = columns[column];
        int i = index - firstItem[column];
        double scale = c.ControlVol * Math.Sqrt(c.Years);
        double xi = c.XiMin + i * c.XiStep;
        double x = c.YScale * Math.Sinh(xi / c.YScale) * scale;
        double i0 = 0.0, i1 = 0.0, i2 = 0.0;
        // e^(i u_m x) advances by one complex product per node, re-anchored exactly every 64 nodes.
        double stepAngle = c.Step * x;
        var advance = new DoubleComplex(Math.Cos(stepAngle), Math.Sin(stepAngle));
        var e = new DoubleComplex(1.0, 0.0);
        for (int m = 0; m < c.NodeCount; m++)
        {
            if ((m & 63) == 0) e = new DoubleComplex(Math.Cos(m * stepAngle), Math.Sin(m * stepAngle));
            double u = m * c.Step;
            DoubleComplex k = coefficients[c.NodeOffset + m];
            double re = e.Re * k.Re - e.Im * k.Im;
            double im = e.Re * k.Im + e.Im * k.Re;
            i0 += re;
            i1 -= u * im;
            i2 -= u * u * re;
            e = e * advance;
        }
        double factor = -Math.Exp(0.5 * x) / Math.PI;
        int at = c.DataOffset + i * 3;
        data[at] = factor * i0;
        data[at + 1] = factor * (0.5 * i0 + i1) * scale * Math.Cosh(xi / c.YScale);
        data[at + 2] = factor * (0.25 * i0 + i1 + i2) * scale * scale;
    }

    /// <summary>sigma_cv = sqrt(-8 ln phi(-i/2) / T) of <paramref name="model"/> (floored at 1e-8 so a degenerate column stays finite).</summary>
    public static double ControlVol(in UnderlyingDynamics model, double years)
    {
        double logPhi = Math.Log(BatesCharacteristicFunction.Evaluate(new DoubleComplex(0.0, -0.5), years, model).Re);
        return Math.Sqrt(Math.Max(-8.0 * logPhi / years, 1e-16));
    }

    /// <summary>The column owning flat item <paramref name="index"/> (binary search in the first-item table).</summary>
    private static int ColumnOf(int index, ArrayView<int> firstItem)
    {
        int low = 0, high = firstItem.IntLength - 1;
        while (low < high)
        {
            int mid = (low + high + 1) >> 1;
            if (firstItem[mid] <= index) low = mid;
            else high = mid - 1;
        }
        return low;
    }
}
