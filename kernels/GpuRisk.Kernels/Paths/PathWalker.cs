using System.Numerics;
using System.Runtime.CompilerServices;
using GpuRisk.Kernels.Numerics;
using GpuRisk.Kernels.Random;

namespace GpuRisk.Kernels.Paths;

/// <summary>
/// The one path walker: every stage (pricing, horizon revaluation, hedging) steps paths through here and
/// supplies what happens at each flagged step as an <see cref="IPathObserver{T}"/>.
/// </summary>
/// <remarks>
/// Per step: the regime the path is in selects each slot's coefficients; the pair's normals are regenerated when
/// the step pair changes (<see cref="PathDraws"/>); each slot takes a QE step (<see cref="QuadraticExponential"/>)
/// in every state variant with the same draws; the regime chain then moves to the day the step ends in
/// (<see cref="RegimeChainWalk"/>), so an observer sees the regime at the observation instant.
/// </remarks>
public static class PathWalker
{
    /// <summary>
    /// Walks <paramref name="path"/> from time 0 through <see cref="WalkInputs{T}.Steps"/> steps.
    /// Not inlined on purpose: the CPU accelerator runs a kernel inside a small generated launcher whose JIT
    /// inlining budget the step code would exhaust (leaving the Philox rounds as calls); as its own method it is
    /// JIT-compiled (tiered, with PGO) like ordinary code. On a GPU it costs one call per path.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void Walk<T, TMath, TObserver>(in PhiloxStream stream, long path, int thread, in WalkInputs<T> w,
        ref TObserver observer)
        where T : unmanaged, INumber<T> where TMath : struct, IRealMath<T> where TObserver : struct, IPathObserver<T>
    {
        for (int slot = 0; slot < w.Slots; slot++)
        {
            for (int v = 0; v < w.StateVariants; v++)
            {
                w.States[StateIndex(w, slot, v, thread)] = new PathState<T> { Variance = w.SlotInitialVariance[slot * w.StateVariants + v] };
            }
        }
        int regime = w.InitialRegime;
        int day = 0;
        int pair = -1;
        uint pathLow = (uint)path, pathHigh = (uint)((ulong)path >> 32);
        var normals = new ThreadNormals<T>(w, thread);
        if (w.ObserveStart != 0 && !observer.Observe(new WalkView<T>(w, stream, path, thread, -1, regime, regime)))
        {
            return;
        }
        for (int step = 0; step < w.Steps; step++)
        {
            if ((step >> 1) != pair)
            {
                pair = step >> 1;
                PathDraws.FillPair<T, bool, uint, TMath, ThreadNormals<T>, ViewTable<T>>(stream, pathLow, pathHigh, pair, w.Streams,
                    ref normals, new ViewTable<T>(w.Cholesky));
            }
            for (int slot = 0; slot < w.Slots; slot++)
            {
                if (step > w.SlotLastStep[slot]) continue;
                int entry = (step * w.Regimes + regime) * w.Slots + slot;
                PathDraws.ForStream<T, bool, uint, TMath, ThreadNormals<T>>(stream, pathLow, pathHigh, step,
                    w.SlotStream[slot], normals, w.Coefficients[entry].JumpIntensity > T.Zero, out StepDraws<T> draws);
                int first = StateIndex(w, slot, 0, thread);
                w.States[(w.Slots * w.StateVariants + slot) * w.Threads + thread] = w.States[first];
                for (int v = 0; v < w.StateVariants; v++)
                {
                    int at = StateIndex(w, slot, v, thread);
                    PathState<T> state = w.States[at];
                    QuadraticExponential.Step<T, bool, TMath>(ref state, w.Coefficients[v * w.GridSteps * w.Regimes * w.Slots + entry], draws);
                    w.States[at] = state;
                }
            }
            int stepRegime = regime;
            if (w.Regimes > 1)
            {
                T lane = TMath.From(regime);
                RegimeChainWalk.Advance<T, bool, uint, TMath, ViewTable<T>>(ref lane, ref day, w.StepEndDays[step], stream,
                    pathLow, pathHigh, new ViewTable<T>(w.RegimeCdf), w.Regimes);
                regime = (int)TMath.ToDouble(lane);
            }
            if (w.StepFlags[step] != 0 && !observer.Observe(new WalkView<T>(w, stream, path, thread, step, regime, stepRegime)))
            {
                return;
            }
        }
    }

    private static int StateIndex<T>(in WalkInputs<T> w, int slot, int variant, int thread) where T : unmanaged =>
        (slot * w.StateVariants + variant) * w.Threads + thread;
}
