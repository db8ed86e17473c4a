using System.Numerics;
using GpuRisk.Kernels.Numerics;
using GpuRisk.Kernels.Paths;

namespace GpuRisk.Kernels.Payoffs;

/// <summary>
/// One option's per-path estimators at its expiry, in units of S0, for one path or one path per SIMD lane: the
/// formulas every pricing observer sums (see <see cref="PricingObserver{T, TMath}"/> for their derivation).
/// </summary>
public static class OptionPathFigures
{
    /// <summary>The discounted payoff e^(-rT) f(X) at <paramref name="spot"/> X = S_T / S0.</summary>
    public static T Value<T, TMask, TMath>(T spot, in OptionSpec<T> option)
        where T : unmanaged, ISubtractionOperators<T, T, T>, IMultiplyOperators<T, T, T>
        where TMath : struct, ILaneMath<T, TMask> =>
        option.Discount * Vanilla.Payoff<T, TMask, TMath>(spot, option.Strike, option.IsPut);

    /// <summary>Pathwise delta e^(-rT) f'(X) X (the models are homogeneous in S0).</summary>
    public static T Delta<T, TMask, TMath>(T spot, in OptionSpec<T> option)
        where T : unmanaged, IMultiplyOperators<T, T, T>, IUnaryNegationOperators<T, T>
        where TMath : struct, ILaneMath<T, TMask> =>
        option.Discount * Vanilla.SpotTimesSlope<T, TMask, TMath>(spot, option.Strike, option.IsPut);

    /// <summary>
    /// Conditional-density gamma e^(-rT) K phi(d) / Sigma, d = (ln K - (ln X - G)) / Sigma, where G is the Gaussian
    /// part of ln X and Sigma^2 its conditional variance; 0 on a path with no Gaussian variance.
    /// </summary>
    public static T Gamma<T, TMask, TMath>(in PathState<T> state, in OptionSpec<T> option)
        where T : unmanaged, IAdditionOperators<T, T, T>, ISubtractionOperators<T, T, T>, IMultiplyOperators<T, T, T>,
            IDivisionOperators<T, T, T>, IUnaryNegationOperators<T, T>
        where TMath : struct, ILaneMath<T, TMask>
    {
        T zero = TMath.From(0.0);
        T sigma = TMath.Sqrt(state.GaussianVariance);
        T d = (option.LogStrike - (state.LogSpot - state.Gaussian)) / sigma;
        T gamma = option.Discount * option.Strike * Normal.Density<T, TMask, TMath>(d) / sigma;
        return TMath.Select(TMath.LessThan(zero, state.GaussianVariance), gamma, zero);
    }

    /// <summary>
    /// Theta per calendar day: the expiry step re-taken from <paramref name="before"/> longer and shorter with the
    /// same <paramref name="draws"/>, a central difference of the discounted payoffs.
    /// </summary>
    public static T Theta<T, TMask, TMath>(in PathState<T> before, in StepCoefficients<T> later, in StepCoefficients<T> earlier,
        in StepDraws<T> draws, in OptionSpec<T> option)
        where T : unmanaged, IAdditionOperators<T, T, T>, ISubtractionOperators<T, T, T>, IMultiplyOperators<T, T, T>,
            IDivisionOperators<T, T, T>, IUnaryNegationOperators<T, T>
        where TMath : struct, ILaneMath<T, TMask>
    {
        PathState<T> longer = before;
        PathState<T> shorter = before;
        QuadraticExponential.Step<T, TMask, TMath>(ref longer, later, draws);
        QuadraticExponential.Step<T, TMask, TMath>(ref shorter, earlier, draws);
        T valueLater = option.DiscountLater * Vanilla.Payoff<T, TMask, TMath>(TMath.Exp(longer.LogSpot), option.Strike, option.IsPut);
        T valueEarlier = option.DiscountEarlier * Vanilla.Payoff<T, TMask, TMath>(TMath.Exp(shorter.LogSpot), option.Strike, option.IsPut);
        return -(valueLater - valueEarlier) * option.ThetaScale;
    }

    /// <summary>Vega per 0.01: half the discounted payoff difference of the vol-bumped state variants (common random numbers).</summary>
    public static T Vega<T, TMask, TMath>(in PathState<T> up, in PathState<T> down, in OptionSpec<T> option)
        where T : unmanaged, ISubtractionOperators<T, T, T>, IMultiplyOperators<T, T, T>
        where TMath : struct, ILaneMath<T, TMask>
    {
        T payoffUp = Vanilla.Payoff<T, TMask, TMath>(TMath.Exp(up.LogSpot), option.Strike, option.IsPut);
        T payoffDown = Vanilla.Payoff<T, TMask, TMath>(TMath.Exp(down.LogSpot), option.Strike, option.IsPut);
        return option.Discount * (payoffUp - payoffDown) * TMath.From(0.5);
    }
}
