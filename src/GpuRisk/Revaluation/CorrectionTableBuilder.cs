using GpuRisk.Devices;
using GpuRisk.Kernels.Models;
using GpuRisk.Kernels.Revaluation;
using GpuRisk.Kernels.Stress;
using GpuRisk.MonteCarlo;
using ILGPU;
using ILGPU.Runtime;

namespace GpuRisk.Revaluation;

/// <summary>
/// Builds the correction tables on the device (<see cref="CorrectionTables"/>): one per (underlying, regime)
/// whose model is not plain Black-Scholes, over y, sqrt(v) and sqrt(T). The host only lays out the columns and
/// sizes each column's quadrature.
/// </summary>
public static class CorrectionTableBuilder
{
    /// <summary>
    /// Tables for the pricing dynamics <paramref name="models"/>[slot][regime] of the slots whose options will be
    /// revalued at times to expiry <paramref name="yearsAsked"/>[slot] (null: no options), covering variances up to
    /// <paramref name="maxVariance"/>.
    /// </summary>
    public static CorrectionTableSet Build(DeviceSession session, IReadOnlyList<IReadOnlyList<UnderlyingDynamics>> models,
        IReadOnlyList<double[]?> yearsAsked, double maxVariance, CorrectionTableSettings settings)
    {
        int regimes = models.Count == 0 ? 1 : models[0].Count;
        var index = new int[models.Count * regimes];
        Array.Fill(index, -1);
        var layouts = new List<CorrectionTableLayout>();
        var columns = new List<CorrectionColumn>();
        var nodeColumn = new List<int>();
        var rootYearsNodes = new List<double[]>();
        double a = settings.MoneynessScale;
        double xiMax = a * Math.Asinh(settings.MoneynessRange / a);
        int half = (int)Math.Ceiling(xiMax / settings.MoneynessStep);
        int yCount = 2 * half + 1;
        int offset = 0;
        for (int slot = 0; slot < models.Count; slot++)
        {
            if (yearsAsked[slot] is not { Length: > 0 } asked) continue;
            double[] axis = ExpiryAxis(asked, settings);
            for (int r = 0; r < regimes; r++)
            {
                UnderlyingDynamics model = models[slot][r];
                if (model.IsConstantVolatility && !model.HasJumps) continue;
                int vCount = model.IsConstantVolatility ? 1 : settings.VarianceNodes;
                double rootVarianceStep = vCount == 1 ? 1.0 : Math.Sqrt(maxVariance) / (vCount - 1);
                var layout = new CorrectionTableLayout
                {
                    Offset = offset,
                    YCount = yCount,
                    VCount = vCount,
                    SCount = axis.Length,
                    XiMin = -half * settings.MoneynessStep,
                    XiStep = settings.MoneynessStep,
                    YScale = a,
                    RootVarianceStep = rootVarianceStep,
                };
                index[slot * regimes + r] = layouts.Count;
                layouts.Add(layout);
                rootYearsNodes.Add(axis);
                // Node 0 is T = 0, where the correction vanishes: its column stays zero.
                for (int k = 1; k < layout.SCount; k++)
                {
                    double years = axis[k] * axis[k];
                    for (int j = 0; j < vCount; j++)
                    {
                        double v = model.IsConstantVolatility ? model.Theta : j * rootVarianceStep * (j * rootVarianceStep);
                        UnderlyingDynamics atNode = model with { V0 = v };
                        double controlVol = CorrectionTables.ControlVol(atNode, years);
                        double step = settings.FrequencyStep / (controlVol * Math.Sqrt(years));
                        int nodes = NodeCount(atNode, years, controlVol, step, settings.Truncation);
                        int dataOffset = offset + ((k * vCount + j) * yCount) * 3;
                        columns.Add(new CorrectionColumn(atNode, years, controlVol, nodeColumn.Count, nodes, step,
                            dataOffset, yCount, layout.XiMin, layout.XiStep, a));
                        for (int n = 0; n < nodes; n++) nodeColumn.Add(columns.Count - 1);
                    }
                }
                offset += layout.Size;
            }
        }
        double[] data = new double[offset];
        if (columns.Count > 0) Fill(session, columns, nodeColumn, data);
        return new CorrectionTableSet([.. layouts], data, index, regimes, maxVariance, [.. rootYearsNodes]);
    }

    /// <summary>
    /// The sqrt(T) nodes of a table: 0 and every time asked for, when they are few enough to be nodes themselves (no
    /// interpolation in T at all); otherwise a uniform axis up to the longest.
    /// </summary>
    private static double[] ExpiryAxis(double[] yearsAsked, CorrectionTableSettings settings)
    {
        double[] roots = [.. yearsAsked.Where(y => y > 0).Select(Math.Sqrt).Distinct().Order()];
        if (roots.Length + 1 <= settings.MaxExactExpiryNodes) return [0.0, .. roots];
        double step = roots[^1] / (settings.ExpiryNodes - 1);
        return [.. Enumerable.Range(0, settings.ExpiryNodes).Select(k => k * step)];
    }

    /// <summary>
    /// Nodes until both characteristic functions fall below <paramref name="truncation"/> (searched on a 1.25x
    /// ladder and confirmed at 1.5x, as the stress pricer does); the Gaussian one falls first, so the model's decides.
    /// </summary>
    private static int NodeCount(in UnderlyingDynamics model, double years, double controlVol, double step, double truncation)
    {
        double u = 1.0 / (controlVol * Math.Sqrt(years));
        while (u < 1e7 && (Magnitude(u, years, model, controlVol) >= truncation || Magnitude(1.5 * u, years, model, controlVol) >= truncation))
        {
            u *= 1.25;
        }
        return (int)Math.Ceiling(u / step) + 1;
    }

    private static double Magnitude(double u, double years, in UnderlyingDynamics model, double controlVol) =>
        Math.Max(BatesCharacteristicFunction.Evaluate(new DoubleComplex(u, -0.5), years, model).Abs,
            Math.Exp(-0.5 * controlVol * controlVol * years * (u * u + 0.25)));

    private static void Fill(DeviceSession session, List<CorrectionColumn> columns, List<int> nodeColumn, double[] data)
    {
        Accelerator accelerator = session.Accelerator;
        var coefficientKernel = session.Kernels.Get(nameof(CorrectionTables.CoefficientKernel), a =>
            a.LoadAutoGroupedStreamKernel<Index1D, ArrayView<CorrectionColumn>, ArrayView<int>, ArrayView<DoubleComplex>, int>(
                CorrectionTables.CoefficientKernel));
        var tableKernel = session.Kernels.Get(nameof(CorrectionTables.TableKernel), a =>
            a.LoadAutoGroupedStreamKernel<Index1D, ArrayView<CorrectionColumn>, ArrayView<int>, ArrayView<DoubleComplex>, ArrayView<double>, int, int>(
                CorrectionTables.TableKernel));
        var firstItem = new int[columns.Count];
        int items = 0;
        for (int c = 0; c < columns.Count; c++)
        {
            firstItem[c] = items;
            items += columns[c].YCount;
        }
        using var columnBuffer = accelerator.Allocate1D(columns.ToArray());
        using var nodeColumnBuffer = accelerator.Allocate1D(nodeColumn.ToArray());
        using var coefficients = accelerator.Allocate1D<DoubleComplex>(nodeColumn.Count);
        using var firstItemBuffer = accelerator.Allocate1D(firstItem);
        using var dataBuffer = accelerator.Allocate1D<double>(data.Length);
        dataBuffer.MemSetToZero();
        int threads = PathWalk.LaunchThreadsFor(accelerator);
        coefficientKernel(Math.Min(threads, nodeColumn.Count), columnBuffer.View, nodeColumnBuffer.View, coefficients.View, threads);
        tableKernel(Math.Min(threads, items), columnBuffer.View, firstItemBuffer.View, coefficients.View, dataBuffer.View, items, threads);
        accelerator.Synchronize();
        dataBuffer.CopyToCPU(data);
    }
}
