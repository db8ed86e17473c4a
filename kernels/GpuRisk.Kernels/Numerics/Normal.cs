using System.Numerics;
using GpuRisk.Kernels.Random;

namespace GpuRisk.Kernels.Numerics;

/// <summary>Standard normal helpers usable in kernels: density, distribution function, Box-Muller.</summary>
public static class Normal
{
    /// <summary>Standard normal density phi(x).</summary>
    public static T Density<T, TMath>(T x)
        where T : unmanaged, INumber<T> where TMath : struct, IRealMath<T> =>
        TMath.From(0.3989422804014327) * TMath.Exp(TMath.From(-0.5) * x * x);

    /// <summary>
    /// Standard normal distribution function Phi(x) = erfc(-x / sqrt 2) / 2, with erfc from the
    /// Chebyshev fit of Numerical Recipes (2nd ed., 6.2, erfcc): fractional error below 1.2e-7
    /// everywhere, including the far tails (no cancellation).
    /// </summary>
    public static T Cdf<T, TMath>(T x)
        where T : unmanaged, INumber<T> where TMath : struct, IRealMath<T>
    {
        T z = -x * TMath.From(0.7071067811865476);
        T az = z < T.Zero ? -z : z;
        T t = T.One / (T.One + TMath.From(0.5) * az);
        T poly = TMath.From(-1.26551223) + t * (TMath.From(1.00002368) + t * (TMath.From(0.37409196)
            + t * (TMath.From(0.09678418) + t * (TMath.From(-0.18628806) + t * (TMath.From(0.27886807)
            + t * (TMath.From(-1.13520398) + t * (TMath.From(1.48851587) + t * (TMath.From(-0.82215223)
            + t * TMath.From(0.17087277)))))))));
        T erfcAbs = t * TMath.Exp(-az * az + poly);
        T erfc = z < T.Zero ? TMath.From(2.0) - erfcAbs : erfcAbs;
        return TMath.From(0.5) * erfc;
    }

    /// <summary>
    /// Box-Muller: two independent standard normals from words 0 and 1 of a block:
    /// r = sqrt(-2 ln u0), first = r cos(2 pi u1), second = r sin(2 pi u1).
    /// </summary>
    public static void BoxMuller<T, TMath>(in PhiloxBlock block, out T first, out T second)
        where T : unmanaged, INumber<T> where TMath : struct, IRealMath<T> =>
        BoxMuller<T, TMath>(block.X0, block.X1, out first, out second);

    /// <summary>
    /// Box-Muller from two random words: r = sqrt(-2 ln u0), first = r cos(2 pi u1),
    /// second = r sin(2 pi u1), with u0, u1 the open-interval uniforms of the words.
    /// </summary>
    public static void BoxMuller<T, TMath>(uint radiusBits, uint angleBits, out T first, out T second)
        where T : unmanaged, INumber<T> where TMath : struct, IRealMath<T>
    {
        T r = TMath.Sqrt(TMath.From(-2.0) * TMath.Log(TMath.Uniform(radiusBits)));
        TMath.SinCosTwoPi(TMath.Uniform(angleBits), out T sine, out T cosine);
        first = r * cosine;
        second = r * sine;
    }

    /// <summary>The cosine normal of <see cref="BoxMuller{T, TMath}(in PhiloxBlock, out T, out T)"/> alone.</summary>
    public static T BoxMullerFirst<T, TMath>(in PhiloxBlock block)
        where T : unmanaged, INumber<T> where TMath : struct, IRealMath<T> =>
        BoxMullerFirst<T, TMath>(block.X0, block.X1);

    /// <summary>The cosine normal of <see cref="BoxMuller{T, TMath}(uint, uint, out T, out T)"/> alone (for regenerated drivers of other underlyings).</summary>
    public static T BoxMullerFirst<T, TMath>(uint radiusBits, uint angleBits)
        where T : unmanaged, INumber<T> where TMath : struct, IRealMath<T>
    {
        T r = TMath.Sqrt(TMath.From(-2.0) * TMath.Log(TMath.Uniform(radiusBits)));
        TMath.SinCosTwoPi(TMath.Uniform(angleBits), out _, out T cosine);
        return r * cosine;
    }
}
