using GpuRisk.Kernels.Numerics;
using GpuRisk.Kernels.Paths;

namespace GpuRisk.Kernels.Lanes;

/// <summary>
/// <see cref="StateRecorder{T, TMath}"/> (float) on sixteen lanes: each valid lane's ln(S/S0), variance and regime at
/// the observed steps, written to the scalar recorder's buffers in its layout.
/// </summary>
public struct StateLanes : ILaneObserver
{
    private readonly HostView<int> _observationOfStep;
    private readonly HostView<float> _logSpot;
    private readonly HostView<float> _variance;
    private readonly HostView<int> _regime;
    private readonly int _slots;
    private readonly long _pathStart;
    private readonly int _chunkPaths;

    private LanePaths _paths;

    /// <summary>The lane version of <paramref name="recorder"/>, writing to its buffers (host memory).</summary>
    public StateLanes(in StateRecorder<float, FloatMath> recorder)
    {
        _observationOfStep = new HostView<int>(recorder.ObservationOfStep);
        _logSpot = new HostView<float>(recorder.LogSpot);
        _variance = new HostView<float>(recorder.Variance);
        _regime = new HostView<int>(recorder.Regime);
        _slots = recorder.Slots;
        _pathStart = recorder.PathStart;
        _chunkPaths = recorder.ChunkPaths;
    }

    /// <inheritdoc/>
    public void Begin(in LanePaths paths) => _paths = paths;

    /// <inheritdoc/>
    public readonly bool Observe(in LaneView view)
    {
        int observation = _observationOfStep[view.Step];
        for (int lane = 0; lane < Float512.Lanes; lane++)
        {
            if (!_paths.IsValid(lane)) continue;
            long local = _paths.Path[lane] - _pathStart;
            for (int slot = 0; slot < _slots; slot++)
            {
                ref readonly PathState<Float512> state = ref view.State(slot, 0);
                long at = (long)(observation * _slots + slot) * _chunkPaths + local;
                _logSpot[at] = state.LogSpot[lane];
                _variance[at] = state.Variance[lane];
            }
            _regime[(long)observation * _chunkPaths + local] = (int)view.Regime[lane];
        }
        return true;
    }

    /// <inheritdoc/>
    public readonly void End()
    {
    }
}
