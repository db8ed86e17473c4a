namespace GpuRisk.Kernels.Stress;

/// <summary>
/// A double-precision complex number that runs on every accelerator (System.Numerics.Complex does not:
/// ILGPU kernels take only unmanaged structs and intrinsic math).
/// </summary>
/// <remarks>
/// <see cref="Log"/> and <see cref="Sqrt"/> are the principal branches (argument in (-pi, pi]), which is
/// what the branch-cut-safe Heston characteristic function of Albrecher et al. (2007) assumes.
/// </remarks>
public readonly struct DoubleComplex
{
    /// <summary>Real part.</summary>
    public readonly double Re;

    /// <summary>Imaginary part.</summary>
    public readonly double Im;

    /// <summary>The number <paramref name="re"/> + i <paramref name="im"/>.</summary>
    public DoubleComplex(double re, double im)
    {
        Re = re;
        Im = im;
    }

    /// <summary>Sum.</summary>
    public static DoubleComplex operator +(DoubleComplex a, DoubleComplex b) => new(a.Re + b.Re, a.Im + b.Im);

    /// <summary>Difference.</summary>
    public static DoubleComplex operator -(DoubleComplex a, DoubleComplex b) => new(a.Re - b.Re, a.Im - b.Im);

    /// <summary>Negation.</summary>
    public static DoubleComplex operator -(DoubleComplex a) => new(-a.Re, -a.Im);

    /// <summary>Product.</summary>
    public static DoubleComplex operator *(DoubleComplex a, DoubleComplex b) =>
        new(a.Re * b.Re - a.Im * b.Im, a.Re * b.Im + a.Im * b.Re);

    /// <summary>Product with a real number.</summary>
    public static DoubleComplex operator *(DoubleComplex a, double b) => new(a.Re * b, a.Im * b);

    /// <summary>Sum with a real number.</summary>
    public static DoubleComplex operator +(DoubleComplex a, double b) => new(a.Re + b, a.Im);

    /// <summary>Quotient (Smith's algorithm, which avoids overflow in |b|^2).</summary>
    public static DoubleComplex operator /(DoubleComplex a, DoubleComplex b)
    {
        if (Math.Abs(b.Re) >= Math.Abs(b.Im))
        {
            double r = b.Im / b.Re;
            double den = b.Re + b.Im * r;
            return new((a.Re + a.Im * r) / den, (a.Im - a.Re * r) / den);
        }
        else
        {
            double r = b.Re / b.Im;
            double den = b.Re * r + b.Im;
            return new((a.Re * r + a.Im) / den, (a.Im * r - a.Re) / den);
        }
    }

    /// <summary>i times this number.</summary>
    public DoubleComplex TimesI => new(-Im, Re);

    /// <summary>Modulus |z|, scaled so that it neither overflows nor underflows.</summary>
    public double Abs
    {
        get
        {
            double a = Math.Abs(Re), b = Math.Abs(Im);
            double m = Math.Max(a, b);
            if (m == 0.0) return 0.0;
            double s = Math.Min(a, b) / m;
            return m * Math.Sqrt(1.0 + s * s);
        }
    }

    /// <summary>e^z. (Math.SinCos does not compile for ILGPU, so Sin and Cos are called apart.)</summary>
    public static DoubleComplex Exp(DoubleComplex z)
    {
        double m = Math.Exp(z.Re);
        return new(m * Math.Cos(z.Im), m * Math.Sin(z.Im));
    }

    /// <summary>Principal logarithm: ln|z| + i arg z, arg in (-pi, pi].</summary>
    public static DoubleComplex Log(DoubleComplex z) => new(Math.Log(z.Abs), Math.Atan2(z.Im, z.Re));

    /// <summary>Principal square root (real part &gt;= 0), computed without cancellation.</summary>
    public static DoubleComplex Sqrt(DoubleComplex z)
    {
        double r = z.Abs;
        if (r == 0.0) return new(0.0, 0.0);
        double t = Math.Sqrt(0.5 * (Math.Abs(z.Re) + r));
        if (z.Re >= 0.0) return new(t, z.Im / (2.0 * t));
        return new(Math.Abs(z.Im) / (2.0 * t), z.Im >= 0.0 ? t : -t);
    }
}
