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

    /// <summary>Standard normal distribution function Phi(x): <see cref="IRealMath{T}.NormalCdf"/> of the type.</summary>
    public static T Cdf<T, TMath>(T x)
        where T : unmanaged, INumber<T> where TMath : struct, IRealMath<T> => TMath.NormalCdf(x);

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
