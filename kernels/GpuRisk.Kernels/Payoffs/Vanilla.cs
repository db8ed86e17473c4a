using System.Numerics;
using GpuRisk.Kernels.Numerics;

namespace GpuRisk.Kernels.Payoffs;

/// <summary>European call and put payoffs in units of S0, for one path or one path per SIMD lane.</summary>
public static class Vanilla
{
    /// <summary>max(S - K, 0) for a call, max(K - S, 0) for a put.</summary>
    public static T Payoff<T, TMask, TMath>(T spot, T strike, int isPut)
        where T : unmanaged, ISubtractionOperators<T, T, T>
        where TMath : struct, ILaneMath<T, TMask>
    {
        T intrinsic = isPut != 0 ? strike - spot : spot - strike;
        return TMath.Max(intrinsic, TMath.From(0.0));
    }

    /// <summary>dPayoff/dS times S (the pathwise delta of a homogeneous model, before dividing by S0 = 1).</summary>
    public static T SpotTimesSlope<T, TMask, TMath>(T spot, T strike, int isPut)
        where T : unmanaged, IUnaryNegationOperators<T, T>
        where TMath : struct, ILaneMath<T, TMask>
    {
        T zero = TMath.From(0.0);
        return isPut != 0
            ? TMath.Select(TMath.LessThan(spot, strike), -spot, zero)
            : TMath.Select(TMath.LessThan(strike, spot), spot, zero);
    }
}
