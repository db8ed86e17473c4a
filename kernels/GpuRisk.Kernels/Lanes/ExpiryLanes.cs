using System.Runtime.Intrinsics;
using GpuRisk.Kernels.Numerics;
using GpuRisk.Kernels.Paths;

namespace GpuRisk.Kernels.Lanes;

/// <summary>
/// <see cref="ExpiryRecorder{T, TMath}"/> (float) on sixteen lanes: the same figures (<see cref="ExpiryFigures"/>)
/// at each group's expiry step, each valid lane's written into the scalar recorder's records at its path's
/// position, so settlement, book values and their sums are shared with every ILGPU device.
/// </summary>
public struct ExpiryLanes : ILaneObserver
{
    private readonly HostView<ExpiryGroup> _groups;
    private readonly HostView<float> _records;
    private readonly RecordLayout _layout;

    private LanePaths _paths;
    private int _next;

    /// <summary>The lane version of <paramref name="recorder"/>, writing to its records (host memory).</summary>
    public ExpiryLanes(in ExpiryRecorder<float, FloatMath> recorder)
    {
        _groups = new HostView<ExpiryGroup>(recorder.Groups);
        _records = new HostView<float>(recorder.Records);
        _layout = recorder.Layout;
    }

    /// <inheritdoc/>
    public void Begin(in LanePaths paths)
    {
        _paths = paths;
        _next = 0;
    }

    /// <inheritdoc/>
    public bool Observe(in LaneView view)
    {
        while (_next < _groups.Length && _groups[_next].ExpiryStep == view.Step)
        {
            Record(view, _groups[_next].Slot, _next);
            _next++;
        }
        return _next < _groups.Length;
    }

    /// <inheritdoc/>
    public readonly void End()
    {
    }

    private readonly void Record(in LaneView view, int slot, int group)
    {
        var writer = new LaneRecordWriter(_records, _layout, group, _paths);
        ref readonly PathState<Float512> state = ref view.State(slot, CoefficientVariant.Base);
        ExpiryFigures.WriteSpot<Float512, Vector512<float>, Float512Math, LaneRecordWriter>(state, writer);
        if (_layout.Fields == ExpiryRecordField.ValueCount) return;

        // Two scratches: a coefficient set may be built in its scratch (lanes in different regimes), and both are read at once.
        StepCoefficients<Float512> laterScratch = default, earlierScratch = default;
        view.Draws(slot, out StepDraws<Float512> draws);
        ExpiryFigures.WriteGreeks<Float512, Vector512<float>, Float512Math, LaneRecordWriter>(state, view.Before(slot),
            view.Coefficients(CoefficientVariant.Later, slot, ref laterScratch),
            view.Coefficients(CoefficientVariant.Earlier, slot, ref earlierScratch),
            draws, view.State(slot, CoefficientVariant.VolUp), view.State(slot, CoefficientVariant.VolDown), writer);
    }
}
