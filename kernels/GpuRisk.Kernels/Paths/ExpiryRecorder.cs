using System.Numerics;
using GpuRisk.Kernels.Numerics;
using ILGPU;

namespace GpuRisk.Kernels.Paths;

/// <summary>
/// Records, at each <see cref="ExpiryGroup"/>'s expiry step, the per-path figures every option of the group
/// is settled from (<see cref="ExpiryRecordField"/>): X = S_T / S0; with Greeks also the conditional mean and
/// standard deviation of ln X given the variance path and jumps (the conditional-density gamma), X with the
/// expiry step re-taken longer and shorter on the same draws (theta), and X of the vol-bumped state variants
/// (vega). The options themselves are settled afterwards by <see cref="Payoffs.OptionSettlement"/>, so the
/// per-option cost per path is a payoff and a density, and the accumulators are independent of the walk's
/// thread count.
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

    private void Record(in WalkView<T> view, int slot, int group)
    {
        PathState<T> state = view.State(slot, CoefficientVariant.Base);
        Write(group, ExpiryRecordField.Spot, TMath.Exp(state.LogSpot));
        if (Layout.Fields == ExpiryRecordField.ValueCount) return;

        Write(group, ExpiryRecordField.ConditionalLogMean, state.LogSpot - state.Gaussian);
        Write(group, ExpiryRecordField.ConditionalLogSdInverse,
            state.GaussianVariance > T.Zero ? T.One / TMath.Sqrt(state.GaussianVariance) : T.Zero);

        StepDraws<T> draws = view.Draws<TMath>(slot);
        PathState<T> later = view.Before(slot);
        PathState<T> earlier = later;
        QuadraticExponential.Step<T, TMath>(ref later, view.Coefficients(CoefficientVariant.Later, slot), draws);
        QuadraticExponential.Step<T, TMath>(ref earlier, view.Coefficients(CoefficientVariant.Earlier, slot), draws);
        Write(group, ExpiryRecordField.SpotLater, TMath.Exp(later.LogSpot));
        Write(group, ExpiryRecordField.SpotEarlier, TMath.Exp(earlier.LogSpot));
        Write(group, ExpiryRecordField.SpotVolUp, TMath.Exp(view.State(slot, CoefficientVariant.VolUp).LogSpot));
        Write(group, ExpiryRecordField.SpotVolDown, TMath.Exp(view.State(slot, CoefficientVariant.VolDown).LogSpot));
    }

    private void Write(int group, int field, T x) => Records[Layout.Index(group, field, _position)] = x;
}
