using System.Numerics;
using System.Runtime.InteropServices;

namespace GpuRisk.Optimization;

/// <summary>Vectorised dot product and axpy for the dynamic program's convolutions (no allocation).</summary>
internal static class SpanMath
{
    /// <summary>Sum of x[t] y[t]; <paramref name="y"/> at least as long as <paramref name="x"/>.</summary>
    public static double Dot(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        ReadOnlySpan<Vector<double>> xv = MemoryMarshal.Cast<double, Vector<double>>(x);
        ReadOnlySpan<Vector<double>> yv = MemoryMarshal.Cast<double, Vector<double>>(y[..x.Length]);
        Vector<double> acc = Vector<double>.Zero;
        for (int t = 0; t < xv.Length; t++) acc += xv[t] * yv[t];
        double sum = Vector.Sum(acc);
        for (int t = xv.Length * Vector<double>.Count; t < x.Length; t++) sum += x[t] * y[t];
        return sum;
    }

    /// <summary>y[t] += a x[t]; <paramref name="y"/> at least as long as <paramref name="x"/>.</summary>
    public static void AddScaled(double a, ReadOnlySpan<double> x, Span<double> y)
    {
        ReadOnlySpan<Vector<double>> xv = MemoryMarshal.Cast<double, Vector<double>>(x);
        Span<Vector<double>> yv = MemoryMarshal.Cast<double, Vector<double>>(y[..x.Length]);
        var av = new Vector<double>(a);
        for (int t = 0; t < xv.Length; t++) yv[t] += av * xv[t];
        for (int t = xv.Length * Vector<double>.Count; t < x.Length; t++) y[t] += a * x[t];
    }
}
