using System.Numerics;
using GpuRisk.Kernels.Numerics;
using ILGPU;

namespace GpuRisk.Kernels.Paths;

/// <summary>
/// Records, at each <see cref="ExpiryGroup"/>'s expiry step, the per-path figures every option of the group
/// is settled from (<see cref="ExpiryRecordField"/>): X = S_T / S0; with Greeks also the conditional mean and
/// standard deviation of ln X given the variance path and jumps (the conditional-density gamma), X with the
/// expiry step re-taken longer and shorter on the same draws (theta), and X of the vol-bumped state variants
/// (vega), computed by <see cref="ExpiryFigures"/>. The options themselves are settled afterwards by
/// <see cref="Payoffs.OptionSettlement"/>, so the per-option cost per path is a payoff and a density, and the
/// accumulators are independent of the walk's thread count.
/// </summary>
/// <remarks>The models are homogeneous in S0, so one record serves every strike and any spot the option is valued at.</remarks>
public struct ExpiryRecorder<T, TMath> : IPathObserver<T>
    where T : unmanaged, INumber<T> where TMath : struct, IRealMath<T>
{
    /// <summary>The groups, sorted by expiry step.</summary>
    public ArrayView<ExpiryGroup> Groups;
    /// <summary>The chunk's records (see <see cref="RecordLayout"/>).</summary>
    public ArrayView<T> Records;
    /// <summary>The chunk and its record layout.</summary>
    public RecordLayout Layout;

    private int _position;
    private int _next;

    /// <inheritdoc/>
    public void Begin(long path, int thread)
    {
        _position = Layout.Position(path);
        _next = 0;
    }

    /// <inheritdoc/>
    public bool Observe(in WalkView<T> view)
    {
        while (_next < Groups.IntLength && Groups[_next].ExpiryStep == view.Step)
        {
            Record(view, Groups[_next].Slot, _next);
            _next++;
        }
        return _next < Groups.IntLength;
    }

    /// <inheritdoc/>
    public void End()
    {
    }

    private readonly void Record(in WalkView<T> view, int slot, int group)
    {
        var writer = new PathRecordWriter<T>(Records, Layout, group, _position);
        PathState<T> state = view.State(slot, CoefficientVariant.Base);
        ExpiryFigures.WriteSpot<T, bool, TMath, PathRecordWriter<T>>(state, writer);
        if (Layout.Fields == ExpiryRecordField.ValueCount) return;

        ExpiryFigures.WriteGreeks<T, bool, TMath, PathRecordWriter<T>>(state, view.Before(slot),
            view.Coefficients(CoefficientVariant.Later, slot), view.Coefficients(CoefficientVariant.Earlier, slot),
            view.Draws<TMath>(slot), view.State(slot, CoefficientVariant.VolUp), view.State(slot, CoefficientVariant.VolDown), writer);
    }
}
