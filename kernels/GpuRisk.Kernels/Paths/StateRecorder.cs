using System.Numerics;
using GpuRisk.Kernels.Numerics;
using ILGPU;

namespace GpuRisk.Kernels.Paths;

/// <summary>
/// Records the simulated state itself at the observed steps: every slot's ln(S/S0) and variance, and the regime.
/// For checks of the joint law (correlation, regime occupancy) and for the simulation benchmark; the risk stages
/// record revalued books instead (<see cref="Revaluation.BookRecorder{T, TMath}"/>).
/// </summary>
/// <remarks>
/// Layout, with n = <see cref="ChunkPaths"/> and i the path's index in the chunk: ln S and v at
/// [(observation x Slots + slot) x n + i], the regime at [observation x n + i].
/// </remarks>
public struct StateRecorder<T, TMath> : IPathObserver<T>
    where T : unmanaged, INumber<T> where TMath : struct, IRealMath<T>
{
    /// <summary>Per grid step: its observation index, or -1.</summary>
    public ArrayView<int> ObservationOfStep;
    /// <summary>ln(S / S0) per observation, slot and path.</summary>
    public ArrayView<T> LogSpot;
    /// <summary>Variance per observation, slot and path.</summary>
    public ArrayView<T> Variance;
    /// <summary>Regime per observation and path.</summary>
    public ArrayView<int> Regime;
    /// <summary>Slots of the walk.</summary>
    public int Slots;
    /// <summary>First global path of the chunk.</summary>
    public long PathStart;
    /// <summary>Paths in the chunk (the layout's stride).</summary>
    public int ChunkPaths;

    private int _local;

    /// <inheritdoc/>
    public void Begin(long path, int thread) => _local = (int)(path - PathStart);

    /// <inheritdoc/>
    public bool Observe(in WalkView<T> view)
    {
        int observation = ObservationOfStep[view.Step];
        for (int slot = 0; slot < Slots; slot++)
        {
            PathState<T> state = view.State(slot, 0);
            long at = (long)(observation * Slots + slot) * ChunkPaths + _local;
            LogSpot[at] = state.LogSpot;
            Variance[at] = state.Variance;
        }
        Regime[(long)observation * ChunkPaths + _local] = view.Regime;
        return true;
    }

    /// <inheritdoc/>
    public void End()
    {
    }
}
