using System.Numerics;

namespace GpuRisk.Kernels.Payoffs;

/// <summary>European call and put payoffs in units of S0.</summary>
public static class Vanilla
{
    /// <summary>max(S - K, 0) for a call, max(K - S, 0) for a put.</summary>
    public static T Payoff<T>(T spot, T strike, int isPut) where T : unmanaged, INumber<T>
    {
        T intrinsic = isPut != 0 ? strike - spot : spot - strike;
        return intrinsic > T.Zero ? intrinsic : T.Zero;
    }

    /// <summary>dPayoff/dS times S (the pathwise delta of a homogeneous model, before dividing by S0 = 1).</summary>
    public static T SpotTimesSlope<T>(T spot, T strike, int isPut) where T : unmanaged, INumber<T> =>
        isPut != 0 ? (spot < strike ? -spot : T.Zero) : (spot > strike ? spot : T.Zero);
}
