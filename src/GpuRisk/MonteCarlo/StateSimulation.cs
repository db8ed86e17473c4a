using System.Numerics;
using GpuRisk.Devices;
using GpuRisk.Kernels.Numerics;
using GpuRisk.Kernels.Paths;
using ILGPU;
using ILGPU.Runtime;

namespace GpuRisk.MonteCarlo;

/// <summary>
/// Walks paths and records the states at the plan's observed steps (<see cref="StateRecorder{T, TMath}"/>):
/// for checks of the joint law and for the simulation benchmark.
/// </summary>
public static class StateSimulation
{
    /// <summary>Simulates global paths [<paramref name="pathStart"/>, + <paramref name="paths"/>) of <paramref name="plan"/>.</summary>
    public static SimulatedStates Run(DeviceSession session, WalkPlan plan, long pathStart, int paths, ulong seed,
        Precision precision = Precision.Float)
    {
        if (precision == Precision.Double)
        {
            using var walk = new Prepared<double, DoubleMath>(session, plan, pathStart, paths, seed);
            walk.Run();
            return walk.Download();
        }
        using var floatWalk = new Prepared<float, FloatMath>(session, plan, pathStart, paths, seed);
        floatWalk.Run();
        return floatWalk.Download();
    }

    /// <summary>A state walk compiled and allocated once, to run many times (the benchmark).</summary>
    public sealed class Prepared<T, TMath> : IDisposable where T : unmanaged, INumber<T> where TMath : struct, IRealMath<T>
    {
        private readonly DeviceSession _session;
        private readonly WalkBuffers<T> _walk;
        private readonly MemoryBuffer1D<int, Stride1D.Dense> _observationOfStep;
        private readonly MemoryBuffer1D<T, Stride1D.Dense> _logSpot;
        private readonly MemoryBuffer1D<T, Stride1D.Dense> _variance;
        private readonly MemoryBuffer1D<int, Stride1D.Dense> _regime;
        private readonly WalkInputs<T> _inputs;
        private readonly StateRecorder<T, TMath> _observer;
        private readonly int _observations;

        /// <summary>Uploads the plan and allocates the outputs for <paramref name="paths"/> paths.</summary>
        public Prepared(DeviceSession session, WalkPlan plan, long pathStart, int paths, ulong seed)
        {
            _session = session;
            Accelerator accelerator = session.Accelerator;
            var observationOfStep = new int[plan.Grid.Steps];
            for (int step = 0; step < observationOfStep.Length; step++)
            {
                observationOfStep[step] = plan.Observed[step] ? _observations++ : -1;
            }
            int threads = Math.Max(1, Math.Min(paths, PathWalk.LaunchThreadsFor(session)));
            _walk = new WalkBuffers<T>(accelerator, plan, threads, seed);
            _observationOfStep = accelerator.Allocate1D(observationOfStep);
            long cells = Math.Max(1L, (long)_observations * plan.Slots.Count * paths);
            _logSpot = accelerator.Allocate1D<T>(cells);
            _variance = accelerator.Allocate1D<T>(cells);
            _regime = accelerator.Allocate1D<int>(Math.Max(1L, (long)_observations * paths));
            _inputs = _walk.Chunk(pathStart, pathStart + paths);
            _observer = new StateRecorder<T, TMath>
            {
                ObservationOfStep = _observationOfStep.View,
                LogSpot = _logSpot.View,
                Variance = _variance.View,
                Regime = _regime.View,
                Slots = plan.Slots.Count,
                PathStart = pathStart,
                ChunkPaths = paths,
            };
            Slots = plan.Slots.Count;
            Paths = paths;
        }

        /// <summary>Slots walked.</summary>
        public int Slots { get; }

        /// <summary>Paths per run.</summary>
        public int Paths { get; }

        /// <summary>Walks every path and waits for the device.</summary>
        public void Run() => PathWalk.Run<T, TMath, StateRecorder<T, TMath>>(_session, _inputs, _observer);

        /// <summary>The recorded states, widened to double.</summary>
        public SimulatedStates Download() => new(_observations, Slots, Paths,
            [.. _logSpot.GetAsArray1D().Take(_observations * Slots * Paths).Select(double.CreateChecked)],
            [.. _variance.GetAsArray1D().Take(_observations * Slots * Paths).Select(double.CreateChecked)],
            [.. _regime.GetAsArray1D().Take(_observations * Paths)]);

        /// <inheritdoc/>
        public void Dispose()
        {
            _walk.Dispose();
            _observationOfStep.Dispose();
            _logSpot.Dispose();
            _variance.Dispose();
            _regime.Dispose();
        }
    }
}
