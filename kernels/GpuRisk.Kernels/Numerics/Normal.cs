using System.Numerics;

namespace GpuRisk.Kernels.Numerics;

/// <summary>Standard normal helpers for any lane type (one thread or one SIMD lane per path): density, Box-Muller.</summary>
public static class Normal
{
    /// <summary>Standard normal density phi(x).</summary>
    public static T Density<T, TMask, TMath>(T x)
        where T : unmanaged, IMultiplyOperators<T, T, T>
        where TMath : struct, ILaneMath<T, TMask> =>
        TMath.From(0.3989422804014327) * TMath.Exp(TMath.From(-0.5) * x * x);

    /// <summary>
    /// Box-Muller from two random words per lane: r = sqrt(-2 ln u0), first = r cos(2 pi u1),
    /// second = r sin(2 pi u1), with u0, u1 the open-interval uniforms of the words.
    /// </summary>
    public static void BoxMuller<T, TMask, TWord, TMath>(TWord radiusBits, TWord angleBits, out T first, out T second)
        where T : unmanaged, IMultiplyOperators<T, T, T>
        where TMath : struct, ILaneRandom<T, TMask, TWord>
    {
        T r = Radius<T, TMask, TWord, TMath>(radiusBits);
        TMath.SinCosTwoPi(TMath.Uniform(angleBits), out T sine, out T cosine);
        first = r * cosine;
        second = r * sine;
    }

    /// <summary>The cosine normal of <see cref="BoxMuller{T, TMask, TWord, TMath}"/> alone.</summary>
    public static T BoxMullerFirst<T, TMask, TWord, TMath>(TWord radiusBits, TWord angleBits)
        where T : unmanaged, IMultiplyOperators<T, T, T>
        where TMath : struct, ILaneRandom<T, TMask, TWord>
    {
        TMath.SinCosTwoPi(TMath.Uniform(angleBits), out _, out T cosine);
        return Radius<T, TMask, TWord, TMath>(radiusBits) * cosine;
    }

    /// <summary>The Box-Muller radius sqrt(-2 ln u) of the uniform of <paramref name="bits"/>.</summary>
    private static T Radius<T, TMask, TWord, TMath>(TWord bits)
        where T : unmanaged, IMultiplyOperators<T, T, T>
        where TMath : struct, ILaneRandom<T, TMask, TWord> =>
        TMath.Sqrt(TMath.From(-2.0) * TMath.Log(TMath.Uniform(bits)));
}
