using System.Runtime.Intrinsics;
using GpuRisk.Kernels.Paths;

namespace GpuRisk.Kernels.Lanes;

/// <summary>
/// The path walk on the host's SIMD units: <see cref="PathWalker"/>'s steps, sixteen paths per instruction,
/// with the same formulas (<see cref="QuadraticExponential"/>, <see cref="PathDraws"/>,
/// <see cref="RegimeChainWalk"/>, instantiated with <see cref="Float512"/>) and the same thread-to-path rule
/// as <see cref="WalkKernel"/>: lane l of group g stands for launch thread 16 g + l and walks that thread's paths
/// in order. Observers write per path (records at the path's place, as <see cref="ExpiryRecorder{T, TMath}"/>
/// does), so what they write depends on neither the number of cores nor the launch's threads, and groups run in
/// parallel (one group per task) without sharing anything they write.
/// </summary>
public static class LaneWalker
{
    /// <summary>Walks the chunk of <paramref name="inputs"/> with <paramref name="observer"/> on up to <paramref name="workers"/> cores.</summary>
    public static void Run<TObserver>(in WalkInputs<float> inputs, TObserver observer, int workers) where TObserver : struct, ILaneObserver
    {
        using var tables = new LaneWalkTables(inputs);
        int groups = (inputs.Threads + Float512.Lanes - 1) / Float512.Lanes;
        Parallel.For(0, groups, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, workers) },
            () => new LaneScratch(tables.Inputs),
            (group, _, scratch) =>
            {
                TObserver own = observer;
                WalkGroup(tables, scratch, group * Float512.Lanes, ref own);
                return scratch;
            },
            scratch => scratch.Dispose());
    }

    /// <summary>Walks every path of the threads <paramref name="firstThread"/> to + 15, one path per lane at a time.</summary>
    private static void WalkGroup<TObserver>(LaneWalkTables tables, LaneScratch scratch, int firstThread, ref TObserver observer)
        where TObserver : struct, ILaneObserver
    {
        WalkInputs<float> w = tables.Inputs;
        for (int iteration = 0; ; iteration++)
        {
            LanePaths paths = LanePaths.Of(w.PathStart, w.PathEnd, w.Threads, firstThread, iteration);
            if (paths.ValidBits == 0) return;
            observer.Begin(paths);
            Walk(tables, scratch, paths, ref observer);
            observer.End();
        }
    }

    /// <summary>
    /// One walk of sixteen paths from time 0, step for step as <see cref="PathWalker.Walk{T, TMath, TObserver}"/>:
    /// regenerate the pair's normals when the pair changes, QE-step each slot in every state variant with the
    /// same draws (the jump draws only when some lane's regime has jumps), move each lane's regime chain, show
    /// the observer the flagged steps.
    /// </summary>
    private static void Walk<TObserver>(LaneWalkTables tables, LaneScratch scratch, in LanePaths paths, ref TObserver observer)
        where TObserver : struct, ILaneObserver
    {
        WalkInputs<float> w = tables.Inputs;
        Span<PathState<Float512>> states = scratch.States;
        int variants = w.StateVariants;
        for (int slot = 0; slot < w.Slots; slot++)
        {
            for (int v = 0; v < variants; v++)
            {
                states[slot * variants + v] = new PathState<Float512>
                {
                    Variance = Float512Math.From(tables.SlotInitialVariance[slot * variants + v]),
                };
            }
        }
        Float512 regime = Float512Math.From(w.InitialRegime);
        int day = 0;
        int pair = -1;
        var normals = new LaneNormals(scratch);
        StepCoefficients<Float512> scratchCoefficients = default;
        if (w.ObserveStart != 0 && !observer.Observe(new LaneView(tables, scratch, in paths, -1, regime, regime)))
        {
            return;
        }
        for (int step = 0; step < w.Steps; step++)
        {
            if ((step >> 1) != pair)
            {
                pair = step >> 1;
                PathDraws.FillPair<Float512, Vector512<float>, Vector512<uint>, Float512Math, LaneNormals, BroadcastTable>(tables.Stream,
                    paths.Low, paths.High, pair, w.Streams, ref normals, new BroadcastTable(tables.Cholesky));
            }
            for (int slot = 0; slot < w.Slots; slot++)
            {
                if (step > tables.SlotLastStep[slot]) continue;
                ref readonly StepCoefficients<Float512> coefficients = ref LaneCoefficients.Load(tables, 0, step, regime, slot, ref scratchCoefficients);
                bool withJumps = Float512Math.Any(Float512Math.LessThan(Float512Math.From(0.0), coefficients.JumpIntensity));
                PathDraws.ForStream<Float512, Vector512<float>, Vector512<uint>, Float512Math, LaneNormals>(
                    tables.Stream, paths.Low, paths.High, step, tables.SlotStream[slot], normals, withJumps, out StepDraws<Float512> draws);
                ref PathState<Float512> first = ref states[slot * variants];
                states[w.Slots * variants + slot] = first;
                QuadraticExponential.Step<Float512, Vector512<float>, Float512Math>(ref first, coefficients, draws);
                for (int v = 1; v < variants; v++)
                {
                    QuadraticExponential.Step<Float512, Vector512<float>, Float512Math>(ref states[slot * variants + v],
                        LaneCoefficients.Load(tables, v, step, regime, slot, ref scratchCoefficients), draws);
                }
            }
            Float512 stepRegime = regime;
            if (w.Regimes > 1)
            {
                RegimeChainWalk.Advance<Float512, Vector512<float>, Vector512<uint>, Float512Math, BroadcastTable>(ref regime, ref day,
                    tables.StepEndDays[step], tables.Stream, paths.Low, paths.High, new BroadcastTable(tables.RegimeCdf), w.Regimes);
            }
            if (tables.StepFlags[step] != 0 && !observer.Observe(new LaneView(tables, scratch, in paths, step, regime, stepRegime)))
            {
                return;
            }
        }
    }
}
