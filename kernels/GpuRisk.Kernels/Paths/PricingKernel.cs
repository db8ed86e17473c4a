using System.Numerics;
using System.Runtime.CompilerServices;
using GpuRisk.Kernels.Numerics;
using GpuRisk.Kernels.Payoffs;
using GpuRisk.Kernels.Random;
using ILGPU;

namespace GpuRisk.Kernels.Paths;

/// <summary>
/// Prices the European options of one underlying along simulated paths, accumulating per-option
/// sums on the device. One thread per accumulator slot walks paths slot, slot + Slots, ... of the
/// chunk, each path through every step in registers (paths are never stored), and adds each
/// option's per-path figures to its own slot: a per-thread reduction, never an atomic.
/// </summary>
/// <remarks>
/// Per path, in units of S0 (r the rate, T the expiry, X = S_T / S0):
/// value e^(-rT) f(X); pathwise delta e^(-rT) f'(X) X (the models are homogeneous in S0);
/// gamma e^(-rT) K phi(d) / Sigma with d = (ln K - (ln X - G)) / Sigma, where G is the Gaussian
/// part of ln X and Sigma^2 its conditional variance given the variance path and jumps (the
/// conditional density of S_T at K, since d2V/dS0^2 = (K/S0)^2 e^(-rT) p_{S_T}(K) in a homogeneous model);
/// theta by a central difference in expiry on the same path (the expiry step lengthened and
/// shortened with the same draws); vega by a central difference of paths simulated with
/// sqrt(v0), sqrt(theta) +- 0.01 from the same draws (common random numbers).
/// </remarks>
public static class PricingKernel
{
    /// <summary>The kernel. Accumulator row (option o, statistic s) sits at ((o x 6 + s) x Slots).</summary>
    public static void PriceOptions<T, TMath>(
        Index1D slot,
        ArrayView<StepCoefficients<T>> coefficients,
        ArrayView<T> regimeCumulative,
        ArrayView<T> choleskyRow,
        ArrayView<OptionSpec<T>> options,
        ArrayView<double> accumulators,
        ArrayView<double> bookPerPath,
        PricingPass<T> pass)
        where T : unmanaged, INumber<T> where TMath : struct, IRealMath<T>
    {
        var stream = new PhiloxStream(pass.Seed);
        for (long path = Slots.FirstPath(pass.PathStart, slot, pass.Slots); path < pass.PathEnd; path += pass.Slots)
        {
            bookPerPath[path - pass.PathStart] += PricePath<T, TMath>(stream, path, slot, coefficients,
                regimeCumulative, choleskyRow, options, accumulators, pass);
        }
    }

    /// <summary>
    /// One path through every step: adds its per-option figures to row slot <paramref name="slot"/>
    /// of <paramref name="accumulators"/> and returns its book value (sum of weighted option values).
    /// </summary>
    /// <remarks>
    /// Not inlined on purpose (see <see cref="StateKernel.SimulatePath{T, TMath}"/>): on the CPU
    /// accelerator it then compiles as ordinary tiered .NET code; on a GPU it is one call per path.
    /// </remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static double PricePath<T, TMath>(PhiloxStream stream, long path, int slot,
        ArrayView<StepCoefficients<T>> coefficients, ArrayView<T> regimeCumulative, ArrayView<T> choleskyRow,
        ArrayView<OptionSpec<T>> options, ArrayView<double> accumulators, PricingPass<T> pass)
        where T : unmanaged, INumber<T> where TMath : struct, IRealMath<T>
    {
        int tableSize = pass.GridSteps * pass.RegimeCount;
        var state = new PathState<T> { Variance = pass.V0 };
        var up = new PathState<T> { Variance = pass.V0Up };
        var down = new PathState<T> { Variance = pass.V0Down };
        int regime = pass.InitialRegime;
        int day = 0;
        T ownLoading = choleskyRow[pass.Underlying];
        var pair = default(PhiloxBlock);
        int next = 0;
        double book = 0.0;
        for (int step = 0; step < pass.SimulatedSteps && next < pass.OptionCount; step++)
        {
            if (pass.RegimeCount > 1)
            {
                RegimeChainWalk.Advance<T, TMath>(ref regime, ref day, coefficients[step * pass.RegimeCount].Day,
                    stream, path, regimeCumulative, pass.RegimeCount);
            }
            StepDraws<T> draws = PathRandom.Draw<T, TMath>(stream, path, step, pass.Underlying, choleskyRow,
                ownLoading, pass.Jumps != 0, ref pair);
            int entry = step * pass.RegimeCount + regime;
            PathState<T> before = state;
            QuadraticExponential.Step<T, TMath>(ref state, coefficients[entry], draws);
            if (pass.Greeks != 0)
            {
                QuadraticExponential.Step<T, TMath>(ref up, coefficients[CoefficientVariant.VolUp * tableSize + entry], draws);
                QuadraticExponential.Step<T, TMath>(ref down, coefficients[CoefficientVariant.VolDown * tableSize + entry], draws);
            }
            while (next < pass.OptionCount && options[next].ExpiryStep == step)
            {
                OptionSpec<T> option = options[next];
                T spot = TMath.Exp(state.LogSpot);
                T value = option.Discount * Vanilla.Payoff(spot, option.Strike, option.IsPut);
                int row = next * OptionStatistic.Count;
                double valueWide = TMath.ToDouble(value);
                Add(accumulators, row + OptionStatistic.Value, slot, pass.Slots, valueWide);
                Add(accumulators, row + OptionStatistic.ValueSquared, slot, pass.Slots, valueWide * valueWide);
                book += option.BookWeight * valueWide;
                if (pass.Greeks != 0)
                {
                    T delta = option.Discount * Vanilla.SpotTimesSlope(spot, option.Strike, option.IsPut);
                    Add(accumulators, row + OptionStatistic.Delta, slot, pass.Slots, TMath.ToDouble(delta));

                    T gamma = T.Zero;
                    if (state.GaussianVariance > T.Zero)
                    {
                        T sigma = TMath.Sqrt(state.GaussianVariance);
                        T d = (option.LogStrike - (state.LogSpot - state.Gaussian)) / sigma;
                        gamma = option.Discount * option.Strike * Normal.Density<T, TMath>(d) / sigma;
                    }
                    Add(accumulators, row + OptionStatistic.Gamma, slot, pass.Slots, TMath.ToDouble(gamma));

                    PathState<T> later = before;
                    PathState<T> earlier = before;
                    QuadraticExponential.Step<T, TMath>(ref later, coefficients[CoefficientVariant.Later * tableSize + entry], draws);
                    QuadraticExponential.Step<T, TMath>(ref earlier, coefficients[CoefficientVariant.Earlier * tableSize + entry], draws);
                    T valueLater = option.DiscountLater * Vanilla.Payoff(TMath.Exp(later.LogSpot), option.Strike, option.IsPut);
                    T valueEarlier = option.DiscountEarlier * Vanilla.Payoff(TMath.Exp(earlier.LogSpot), option.Strike, option.IsPut);
                    Add(accumulators, row + OptionStatistic.Theta, slot, pass.Slots,
                        TMath.ToDouble(-(valueLater - valueEarlier) * option.ThetaScale));

                    T payoffUp = Vanilla.Payoff(TMath.Exp(up.LogSpot), option.Strike, option.IsPut);
                    T payoffDown = Vanilla.Payoff(TMath.Exp(down.LogSpot), option.Strike, option.IsPut);
                    Add(accumulators, row + OptionStatistic.Vega, slot, pass.Slots,
                        TMath.ToDouble(option.Discount * (payoffUp - payoffDown) * TMath.From(0.5)));
                }
                next++;
            }
        }
        return book;
    }

    private static void Add(ArrayView<double> accumulators, int row, int slot, int slots, double x) =>
        accumulators[(long)row * slots + slot] += x;
}
