using System.Numerics;

namespace GpuRisk.Kernels.Numerics;

/// <summary>
/// The elementary functions a kernel needs for number type <typeparamref name="T"/>. Kernels are
/// generic over (T, TMath) so float and double share one source; arithmetic comes from
/// <see cref="INumber{TSelf}"/>. Static abstract members compile to direct calls on every backend.
/// </summary>
public interface IRealMath<T> where T : unmanaged, INumber<T>
{
    /// <summary>e^x.</summary>
    static abstract T Exp(T x);

    /// <summary>Natural logarithm.</summary>
    static abstract T Log(T x);

    /// <summary>Square root.</summary>
    static abstract T Sqrt(T x);

    /// <summary>
    /// sin(2 pi t) and cos(2 pi t) for <paramref name="turns"/> t in [0, 1], to the type's accuracy:
    /// the Box-Muller angle, computed together (Math.SinCos does not compile in ILGPU 1.5.3).
    /// </summary>
    static abstract void SinCosTwoPi(T turns, out T sine, out T cosine);

    /// <summary>
    /// The standard normal distribution function Phi(x), to the type's accuracy and with relative accuracy
    /// kept in the lower tail (no 1 - Phi(-x) cancellation). The one source of Phi for kernels and host.
    /// </summary>
    static abstract T NormalCdf(T x);

    /// <summary>The larger of two numbers.</summary>
    static abstract T Max(T a, T b);

    /// <summary>A constant (folded at compile time).</summary>
    static abstract T From(double x);

    /// <summary>Widening to double for accumulation.</summary>
    static abstract double ToDouble(T x);

    /// <summary>A uniform in the open interval (0, 1) from 32 random bits (never 0 or 1).</summary>
    static abstract T Uniform(uint bits);
}
