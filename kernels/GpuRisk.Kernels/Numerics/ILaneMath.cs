namespace GpuRisk.Kernels.Numerics;

/// <summary>
/// The operations kernel math needs on a <em>lane type</em> <typeparamref name="T"/>: one number per path. The
/// lane type is a scalar (float, double: one GPU thread walks one path, the 1-lane case) or a SIMD vector (one
/// lane per path on the host, see <see cref="Lanes.Float512"/>). Formulas are written once against this
/// interface and T's arithmetic operators, branch-free wherever lanes may disagree: a comparison gives a mask
/// <typeparamref name="TMask"/> (bool for one lane), <see cref="Select"/> merges the two sides, and
/// <see cref="Any"/> skips work no lane needs (for one lane, <c>if (Any(m))</c> is the plain branch, so a GPU
/// thread still runs only the side it takes). Static abstract members compile to direct calls on every ILGPU
/// backend and inline on the host.
/// </summary>
/// <typeparam name="T">The lane type: a number, or a vector of numbers.</typeparam>
/// <typeparam name="TMask">A per-lane truth value: bool, or a vector of all-ones / all-zeros lanes.</typeparam>
public interface ILaneMath<T, TMask>
{
    /// <summary>A constant in every lane (folded at compile time for literals).</summary>
    static abstract T From(double x);

    /// <summary>e^x.</summary>
    static abstract T Exp(T x);

    /// <summary>Natural logarithm.</summary>
    static abstract T Log(T x);

    /// <summary>Square root.</summary>
    static abstract T Sqrt(T x);

    /// <summary>|x|.</summary>
    static abstract T Abs(T x);

    /// <summary>The largest integer not above x.</summary>
    static abstract T Floor(T x);

    /// <summary>a where a &gt; b, else b (so b where either is NaN), lane by lane.</summary>
    static abstract T Max(T a, T b);

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

    /// <summary>Lanes where a &lt; b.</summary>
    static abstract TMask LessThan(T a, T b);

    /// <summary>Lanes where a &lt;= b.</summary>
    static abstract TMask LessThanOrEqual(T a, T b);

    /// <summary>Lanes where a == b.</summary>
    static abstract TMask Equal(T a, T b);

    /// <summary>Lanes set in both masks.</summary>
    static abstract TMask And(TMask a, TMask b);

    /// <summary>Lanes set in <paramref name="a"/> and not in <paramref name="b"/>.</summary>
    static abstract TMask AndNot(TMask a, TMask b);

    /// <summary>Lanes not set.</summary>
    static abstract TMask Not(TMask mask);

    /// <summary>Whether any lane is set: a branch every lane skips is not computed.</summary>
    static abstract bool Any(TMask mask);

    /// <summary><paramref name="ifTrue"/> in the lanes set, <paramref name="ifFalse"/> elsewhere.</summary>
    static abstract T Select(TMask mask, T ifTrue, T ifFalse);
}
