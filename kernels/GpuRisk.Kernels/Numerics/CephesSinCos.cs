using System.Numerics;
using System.Runtime.CompilerServices;

namespace GpuRisk.Kernels.Numerics;

/// <summary>
/// sin(2 pi t) and cos(2 pi t) in single precision for any lane type: the one source behind
/// <see cref="FloatMath.SinCosTwoPi"/> and <see cref="Lanes.Float512Math.SinCosTwoPi"/>.
/// </summary>
public static class CephesSinCos
{
    /// <summary>
    /// For t in [0, 1]: exact reduction to the nearest quarter turn q, x = (4t - q) pi/2 in [-pi/4, pi/4], the
    /// Cephes single-precision minimax polynomials for sin x and cos x (S. Moshier, Cephes sinf.c/cosf.c: error
    /// about 1 ulp on that range), and the quadrant's swap and signs applied arithmetically (q is a small whole
    /// number held in T, its bits taken with Floor). Branch-free: on the CPU accelerator MathF.Sin and MathF.Cos
    /// were two library calls per Box-Muller pair and the random quadrant defeated branch prediction; across SIMD
    /// lanes the quadrants differ anyway. Constants are float literals, so every lane type rounds alike.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void TwoPi<T, TMask, TMath>(T turns, out T sine, out T cosine)
        where T : unmanaged, IAdditionOperators<T, T, T>, ISubtractionOperators<T, T, T>, IMultiplyOperators<T, T, T>
        where TMath : struct, ILaneMath<T, TMask>
    {
        T one = TMath.From(1.0f), two = TMath.From(2.0f), half = TMath.From(0.5f);
        T quarters = TMath.From(4.0f) * turns;
        T quadrant = TMath.Floor(quarters + half);
        T x = (quarters - quadrant) * TMath.From(MathF.PI / 2.0f);
        T x2 = x * x;
        T sinX = x + x * x2 * (TMath.From(-1.6666654611e-1f) + x2 * (TMath.From(8.3321608736e-3f) + x2 * TMath.From(-1.9515295891e-4f)));
        T cosX = one - half * x2
            + x2 * x2 * (TMath.From(4.166664568298827e-2f) + x2 * (TMath.From(-1.388731625493765e-3f) + x2 * TMath.From(2.443315711809948e-5f)));
        // Quadrant q: (sin, cos) = (s, c), (c, -s), (-s, -c), (-c, s) for q = 0, 1, 2, 3 (4 is 0 again).
        // swap = q & 1, sine sign 1 - (q & 2), cosine sign 1 - ((q + 1) & 2).
        T halfQuadrant = TMath.Floor(quadrant * half);
        T swap = quadrant - two * halfQuadrant;
        T sineSign = one - two * (halfQuadrant - two * TMath.Floor(halfQuadrant * half));
        T nextHalf = TMath.Floor((quadrant + one) * half);
        T cosineSign = one - two * (nextHalf - two * TMath.Floor(nextHalf * half));
        sine = sineSign * (sinX + swap * (cosX - sinX));
        cosine = cosineSign * (cosX + swap * (sinX - cosX));
    }
}
