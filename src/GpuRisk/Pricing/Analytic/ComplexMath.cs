using System.Numerics;

namespace GpuRisk.Pricing.Analytic;

/// <summary>Complex functions that <see cref="Complex"/> lacks, accurate near their cancellation points.</summary>
/// <remarks>Both real helpers use Kahan's trick (Goldberg, "What every computer scientist should know about
/// floating-point arithmetic", 1991, Theorem 4): the rounding of 1 + x or e^x is divided back out.</remarks>
internal static class ComplexMath
{
    /// <summary>e^z - 1 without cancellation for small |z|.</summary>
    public static Complex Expm1(Complex z)
    {
        double sinHalf = Math.Sin(0.5 * z.Imaginary);
        // Re: e^x cos y - 1 = expm1(x) cos y - 2 sin^2(y/2).
        return new Complex(Expm1(z.Real) * Math.Cos(z.Imaginary) - 2.0 * sinHalf * sinHalf,
            Math.Exp(z.Real) * Math.Sin(z.Imaginary));
    }

    /// <summary>ln(1 + w) / w (principal branch), tending to 1 - w/2 as w -&gt; 0.</summary>
    public static Complex Log1pOverX(Complex w)
    {
        if (Complex.Abs(w) < 1e-5)
        {
            // Taylor series; the first omitted term, w^4/5, is below 1e-20 here.
            return 1.0 - w * (0.5 - w * (1.0 / 3.0 - 0.25 * w));
        }
        return Log1p(w) / w;
    }

    /// <summary>ln(1 + w), principal branch, accurate for small |w|.</summary>
    public static Complex Log1p(Complex w)
    {
        double x = w.Real, y = w.Imaginary;
        // ln|1 + w| = log1p(2x + x^2 + y^2) / 2.
        return new Complex(0.5 * Log1p(x * (2.0 + x) + y * y), Math.Atan2(y, 1.0 + x));
    }

    private static double Log1p(double x)
    {
        double u = 1.0 + x;
        return u == 1.0 ? x : Math.Log(u) * x / (u - 1.0);
    }

    private static double Expm1(double x)
    {
        if (Math.Abs(x) >= 0.5) return Math.Exp(x) - 1.0;
        double u = Math.Exp(x);
        return u == 1.0 ? x : (u - 1.0) * x / Math.Log(u);
    }
}
