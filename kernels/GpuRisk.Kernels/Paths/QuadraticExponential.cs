using System.Numerics;
using System.Runtime.CompilerServices;
using GpuRisk.Kernels.Numerics;

namespace GpuRisk.Kernels.Paths;

/// <summary>
/// One step of the Heston/Bates model: Andersen's (2008) quadratic-exponential (QE) variance step
/// with martingale correction, the log-spot step conditional on the variance, and log-normal jumps.
/// Written once for any lane type (a GPU thread's path, or one path per SIMD lane): where lanes may take
/// different branches (deterministic or random variance, the quadratic or exponential QE branch, a jump or
/// none) both sides are computed when some lane needs them and merged by mask.
/// </summary>
/// <remarks>
/// References: [1] L. Andersen, "Simple and efficient simulation of the Heston stochastic
/// volatility model", J. Comp. Finance 11(3), 2008: QE with psi_c = 1.5, martingale correction
/// (section 4.1, K0*); [2] D. Bates, "Jumps and stochastic volatility", RFS 9, 1996.
/// Drivers: the variance normal is Zv = rho z + sqrt(1 - rho^2) eta and the spot residual
/// Zperp = sqrt(1 - rho^2) z - rho eta (independent of Zv), so rho Zv + sqrt(1 - rho^2) Zperp = z:
/// each spot's total Brownian driver is the cross-asset correlated z. The exponential branch maps
/// Zv to its uniform by Phi, keeping that dependence.
/// A lane a branch does not select may compute a NaN or infinity there (log of a negative, 0/0); the select
/// discards it, and no lane's result ever reads another side's value.
/// </remarks>
public static class QuadraticExponential
{
    /// <summary>Advances <paramref name="state"/> by one step with coefficients <paramref name="c"/>.</summary>
    public static void Step<T, TMask, TMath>(ref PathState<T> state, in StepCoefficients<T> c, in StepDraws<T> draws)
        where T : unmanaged, IAdditionOperators<T, T, T>, ISubtractionOperators<T, T, T>, IMultiplyOperators<T, T, T>,
            IDivisionOperators<T, T, T>, IUnaryNegationOperators<T, T>
        where TMath : struct, ILaneMath<T, TMask>
    {
        T v = state.Variance;
        T zero = TMath.From(0.0), one = TMath.From(1.0), two = TMath.From(2.0), half = TMath.From(0.5);
        T mean = c.MeanConst + c.MeanSlope * v;
        T vNext = mean;
        T k0 = c.K0;
        T zPerp = c.RhoComplement * draws.Spot - c.Rho * draws.Residual;
        TMask random = TMath.Equal(c.Deterministic, zero);
        if (TMath.Any(random))
        {
            T zv = c.Rho * draws.Spot + c.RhoComplement * draws.Residual;
            T variance = c.VarConst + c.VarSlope * v;
            T meanSquared = mean * mean;
            T correctionBase = -(c.K1 + half * c.K3) * v;
            // psi = variance / mean^2 <= psi_c = 1.5, tested and inverted without dividing twice.
            TMask quadratic = TMath.LessThanOrEqual(variance, TMath.From(1.5) * meanSquared);
            TMask quadraticLanes = TMath.And(random, quadratic);
            if (TMath.Any(quadraticLanes))
            {
                T twoOverPsi = two * meanSquared / variance;
                T b2 = twoOverPsi - one + TMath.Sqrt(twoOverPsi * (twoOverPsi - one));
                T a = mean / (one + b2);
                T bz = TMath.Sqrt(b2) + zv;
                vNext = TMath.Select(quadraticLanes, a * bz * bz, vNext);
                T x = two * c.A * a;
                T d = one - x;
                T corrected = -(c.A * b2 * a / d) + half * LogOneMinus<T, TMask, TMath>(x) + correctionBase;
                k0 = TMath.Select(TMath.And(quadraticLanes, TMath.LessThan(zero, d)), corrected, k0);
            }
            TMask exponentialLanes = TMath.AndNot(random, quadratic);
            if (TMath.Any(exponentialLanes))
            {
                T p = (variance - meanSquared) / (variance + meanSquared);
                T beta = (one - p) / mean;
                // 1 - U = Phi(-Zv), computed directly so the tail keeps its accuracy.
                T oneMinusU = TMath.NormalCdf(-zv);
                T inverted = TMath.Select(TMath.LessThanOrEqual(one - p, oneMinusU), zero, TMath.Log((one - p) / oneMinusU) / beta);
                vNext = TMath.Select(exponentialLanes, inverted, vNext);
                T corrected = -TMath.Log(p + beta * (one - p) / (beta - c.A)) + correctionBase;
                k0 = TMath.Select(TMath.And(exponentialLanes, TMath.LessThan(c.A, beta)), corrected, k0);
            }
        }
        T s = TMath.Sqrt(TMath.Max(c.K3 * v + c.K4 * vNext + c.K5, zero));
        T jump = zero;
        TMask jumping = TMath.LessThan(zero, c.JumpIntensity);
        if (TMath.Any(jumping))
        {
            jump = TMath.Select(jumping, JumpSum<T, TMask, TMath>(c, draws), zero);
        }
        state.LogSpot += c.Drift + k0 + c.K1 * v + c.K2 * vNext + s * zPerp + jump;
        state.Variance = vNext;
        state.Gaussian += s * zPerp;
        state.GaussianVariance += s * s;
    }

    /// <summary>
    /// ln(1 - x) for the martingale correction's x = 2 A a. Where |x| &lt;= 0.05 (low-variance states, with
    /// a small) the series -(x + x^2/2 + ... + x^5/5) is off by at most x^6 / (6 (1 - x)) &lt; 3e-9, below
    /// float resolution, and costs a fraction of a log; elsewhere the log itself, computed only when some lane
    /// needs it. Measured: about +10% path-steps/s on the CPU.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static T LogOneMinus<T, TMask, TMath>(T x)
        where T : unmanaged, IAdditionOperators<T, T, T>, ISubtractionOperators<T, T, T>, IMultiplyOperators<T, T, T>,
            IDivisionOperators<T, T, T>, IUnaryNegationOperators<T, T>
        where TMath : struct, ILaneMath<T, TMask>
    {
        T series = -(x * (TMath.From(1.0) + x * (TMath.From(0.5) + x * (TMath.From(1.0 / 3) + x * (TMath.From(0.25) + x * TMath.From(0.2))))));
        TMask outside = TMath.LessThan(TMath.From(0.05), TMath.Abs(x));
        return TMath.Any(outside) ? TMath.Select(outside, TMath.Log(TMath.From(1.0) - x), series) : series;
    }

    /// <summary>
    /// Total log jump of a step: N ~ Poisson(lambda dt) by inversion of the uniform (capped at 64
    /// jumps, beyond any intensity a crypto book uses), and the sum of N iid N(mean, stdev^2)
    /// log jumps, which is N mean + sqrt(N) stdev Z. Lanes stop counting where their cumulative
    /// probability passes their uniform; the loop ends when every lane has.
    /// </summary>
    public static T JumpSum<T, TMask, TMath>(in StepCoefficients<T> c, in StepDraws<T> draws)
        where T : unmanaged, IAdditionOperators<T, T, T>, ISubtractionOperators<T, T, T>, IMultiplyOperators<T, T, T>,
            IDivisionOperators<T, T, T>, IUnaryNegationOperators<T, T>
        where TMath : struct, ILaneMath<T, TMask>
    {
        T zero = TMath.From(0.0), one = TMath.From(1.0);
        T probability = c.NoJumpProbability;
        T cumulative = probability;
        T n = zero;
        TMask counting = TMath.LessThan(cumulative, draws.JumpUniform);
        for (int count = 1; count <= 64 && TMath.Any(counting); count++)
        {
            n = TMath.Select(counting, n + one, n);
            probability = probability * c.JumpIntensity / TMath.From(count);
            cumulative += probability;
            counting = TMath.And(counting, TMath.LessThan(cumulative, draws.JumpUniform));
        }
        return TMath.Select(TMath.LessThan(zero, n), n * c.JumpMean + TMath.Sqrt(n) * c.JumpStdev * draws.JumpNormal, zero);
    }
}
