using System.Numerics;
using System.Runtime.CompilerServices;
using GpuRisk.Kernels.Numerics;
using GpuRisk.Kernels.Random;
using ILGPU;

namespace GpuRisk.Kernels.Paths;

/// <summary>
/// Simulates one underlying's paths to a horizon under a regime-switching model and writes only
/// the horizon state (ln(S/S0), variance, regime) per path: what horizon revaluation (VaR) needs.
/// The same step and chain code as pricing; the coefficient table may hold several regimes.
/// </summary>
public static class StateKernel
{
    /// <summary>
    /// The kernel: thread t simulates chunk paths t, t + Threads, ... (a grid-stride loop: the CPU
    /// accelerator pays per launched thread, a GPU wants enough threads to fill it). Each path's
    /// output depends only on its index, not on the launch shape.
    /// </summary>
    public static void SimulateStates<T, TMath>(
        Index1D thread,
        ArrayView<StepCoefficients<T>> coefficients,
        ArrayView<T> regimeCumulative,
        ArrayView<T> choleskyRow,
        ArrayView<T> logSpot,
        ArrayView<T> variance,
        ArrayView<int> regimes,
        StatePass<T> pass)
        where T : unmanaged, INumber<T> where TMath : struct, IRealMath<T>
    {
        var stream = new PhiloxStream(pass.Seed);
        for (int index = thread; index < pass.PathCount; index += pass.Threads)
        {
            PathState<T> state = SimulatePath<T, TMath>(stream, pass.PathStart + index, coefficients,
                regimeCumulative, choleskyRow, pass, out int regime);
            logSpot[index] = state.LogSpot;
            variance[index] = state.Variance;
            regimes[index] = regime;
        }
    }

    /// <summary>
    /// One path to the horizon: its state and, in <paramref name="regime"/>, its regime on the horizon day.
    /// </summary>
    /// <remarks>
    /// Not inlined on purpose: the CPU accelerator runs a kernel inside a small generated launcher
    /// method, and the .NET JIT's inlining budget is sized to that launcher, so the step code
    /// inlined there ran out of budget and left the Philox rounds as calls. As its own method it
    /// is JIT-compiled (tiered, with PGO) like ordinary code. On a GPU it costs one call per path.
    /// </remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static PathState<T> SimulatePath<T, TMath>(PhiloxStream stream, long path,
        ArrayView<StepCoefficients<T>> coefficients, ArrayView<T> regimeCumulative, ArrayView<T> choleskyRow,
        StatePass<T> pass, out int regime)
        where T : unmanaged, INumber<T> where TMath : struct, IRealMath<T>
    {
        var state = new PathState<T> { Variance = pass.V0 };
        regime = pass.InitialRegime;
        int day = 0;
        T ownLoading = choleskyRow[pass.Underlying];
        var pair = default(PhiloxBlock);
        for (int step = 0; step < pass.SimulatedSteps; step++)
        {
            if (pass.RegimeCount > 1)
            {
                RegimeChainWalk.Advance<T, TMath>(ref regime, ref day, coefficients[step * pass.RegimeCount].Day,
                    stream, path, regimeCumulative, pass.RegimeCount);
            }
            StepDraws<T> draws = PathRandom.Draw<T, TMath>(stream, path, step, pass.Underlying, choleskyRow,
                ownLoading, pass.Jumps != 0, ref pair);
            QuadraticExponential.Step<T, TMath>(ref state, coefficients[step * pass.RegimeCount + regime], draws);
        }
        RegimeChainWalk.Advance<T, TMath>(ref regime, ref day, pass.HorizonDay, stream, path, regimeCumulative, pass.RegimeCount);
        return state;
    }
}
