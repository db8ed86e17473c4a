using System.Numerics;

namespace GpuRisk.Kernels.Numerics;

/// <summary>
/// Phi(x) in single precision for any lane type: the one source behind <see cref="FloatMath.NormalCdf"/> and
/// <see cref="Lanes.Float512Math.NormalCdf"/>.
/// </summary>
public static class ChebyshevNormalCdf
{
    /// <summary>
    /// Phi(x) = erfc(-x / sqrt 2) / 2 with erfc from the Chebyshev fit of Numerical Recipes (2nd ed., 6.2,
    /// erfcc): fractional error below 1.2e-7 everywhere, including the far tails (no cancellation), which is
    /// float's own resolution, at the cost of one exponential. The sign of the argument is applied by a select.
    /// </summary>
    public static T Phi<T, TMask, TMath>(T x)
        where T : unmanaged, IAdditionOperators<T, T, T>, ISubtractionOperators<T, T, T>, IMultiplyOperators<T, T, T>,
            IDivisionOperators<T, T, T>, IUnaryNegationOperators<T, T>
        where TMath : struct, ILaneMath<T, TMask>
    {
        T one = TMath.From(1.0f), half = TMath.From(0.5f);
        T z = -x * TMath.From(0.70710678f);
        T az = TMath.Abs(z);
        T t = one / (one + half * az);
        T poly = TMath.From(-1.26551223f) + t * (TMath.From(1.00002368f) + t * (TMath.From(0.37409196f) + t * (TMath.From(0.09678418f)
            + t * (TMath.From(-0.18628806f) + t * (TMath.From(0.27886807f) + t * (TMath.From(-1.13520398f) + t * (TMath.From(1.48851587f)
            + t * (TMath.From(-0.82215223f) + t * TMath.From(0.17087277f)))))))));
        T erfcAbs = t * TMath.Exp(-az * az + poly);
        return half * TMath.Select(TMath.LessThan(z, TMath.From(0.0f)), TMath.From(2.0f) - erfcAbs, erfcAbs);
    }
}
