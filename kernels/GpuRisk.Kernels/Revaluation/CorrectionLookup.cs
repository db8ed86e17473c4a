using System.Numerics;
using GpuRisk.Kernels.Numerics;
using ILGPU;

namespace GpuRisk.Kernels.Revaluation;

/// <summary>
/// Reads a correction table (<see cref="CorrectionTableLayout"/>) at (y, v, sqrt T): cubic Hermite in xi (y = a
/// sinh(xi / a)) from each node's value and slope (so the value is C1 and its slope is the exact derivative of the
/// interpolant), linear in sqrt(v) and in sqrt(T) (whose cell the caller gives); the curvature is interpolated
/// linearly. Outside the xi and v axes the nearest edge is used.
/// </summary>
public static class CorrectionLookup
{
    /// <summary>
    /// The correction dc and its derivatives dc/dy, d2c/dy2 at (<paramref name="y"/>, sqrt v = <paramref name="rootVariance"/>,
    /// sqrt T between nodes <paramref name="k"/> and k + 1 with weight <paramref name="ts"/> on k + 1).
    /// </summary>
    public static void Read<T, TMath>(ArrayView<T> data, in CorrectionTableLayout table, T y, T rootVariance, int k, T ts,
        out T value, out T slope, out T curvature)
        where T : unmanaged, INumber<T> where TMath : struct, IRealMath<T>
    {
        // xi = a asinh(y / a), through |y| so the logarithm never cancels.
        T a = TMath.From(table.YScale);
        T ratio = (y < T.Zero ? -y : y) / a;
        T xiAbs = a * TMath.Log(ratio + TMath.Sqrt(ratio * ratio + T.One));
        T xi = y < T.Zero ? -xiAbs : xiAbs;
        T dXiDy = T.One / TMath.Sqrt(ratio * ratio + T.One);
        Locate<T, TMath>(Position<T, TMath>(xi - TMath.From(table.XiMin), TMath.From(table.XiStep), table.YCount), out int i, out T ty);
        Locate<T, TMath>(table.VCount == 1 ? T.Zero : Position<T, TMath>(rootVariance, TMath.From(table.RootVarianceStep), table.VCount),
            out int j, out T tv);
        T hy = TMath.From(table.XiStep);
        value = T.Zero;
        slope = T.Zero;
        curvature = T.Zero;
        for (int corner = 0; corner < 4; corner++)
        {
            int dj = corner & 1, dk = corner >> 1;
            if (j + dj >= table.VCount || k + dk >= table.SCount) continue;
            T weight = (dj == 0 ? T.One - tv : tv) * (dk == 0 ? T.One - ts : ts);
            if (weight == T.Zero) continue;
            int at = table.Offset + (((k + dk) * table.VCount + j + dj) * table.YCount + i) * 3;
            T c0 = data[at], m0 = data[at + 1], a0 = data[at + 2];
            T c1 = data[at + 3], m1 = data[at + 4], a1 = data[at + 5];
            T t = ty, t2 = t * t, t3 = t2 * t;
            T two = T.One + T.One, three = two + T.One;
            T h00 = two * t3 - three * t2 + T.One, h10 = t3 - two * t2 + t, h01 = three * t2 - two * t3, h11 = t3 - t2;
            T six = three * two;
            value += weight * (h00 * c0 + h10 * hy * m0 + h01 * c1 + h11 * hy * m1);
            slope += weight * ((six * t2 - six * t) * (c0 - c1) / hy + (three * t2 - two * two * t + T.One) * m0
                               + (three * t2 - two * t) * m1);
            curvature += weight * ((T.One - t) * a0 + t * a1);
        }
        slope *= dXiDy;
    }

    /// <summary>x / step clamped to [0, count - 1].</summary>
    private static T Position<T, TMath>(T x, T step, int count)
        where T : unmanaged, INumber<T> where TMath : struct, IRealMath<T>
    {
        T p = x / step;
        T last = TMath.From(count - 1);
        return p < T.Zero ? T.Zero : p > last ? last : p;
    }

    /// <summary>Splits a clamped position into a cell index (at most count - 2, so cell + 1 exists) and a fraction.</summary>
    private static void Locate<T, TMath>(T position, out int cell, out T fraction)
        where T : unmanaged, INumber<T> where TMath : struct, IRealMath<T>
    {
        cell = (int)TMath.ToDouble(position);
        fraction = position - TMath.From(cell);
        if (cell > 0 && fraction == T.Zero)
        {
            cell--;
            fraction = T.One;
        }
    }
}
