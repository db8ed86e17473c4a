using GpuRisk.Kernels.Paths;

namespace GpuRisk.Kernels.Lanes;

/// <summary>One lane's path states in a <see cref="LaneView"/>: what a GPU thread walking that path would see.</summary>
public readonly ref struct LaneStates : ISlotStates<float>
{
    private readonly LaneView _view;
    private readonly int _lane;

    /// <summary>Lane <paramref name="lane"/> of <paramref name="view"/>.</summary>
    public LaneStates(LaneView view, int lane)
    {
        _view = view;
        _lane = lane;
    }

    /// <inheritdoc/>
    public PathState<float> State(int slot, int variant)
    {
        ref readonly PathState<Float512> lanes = ref _view.State(slot, variant);
        return new PathState<float>
        {
            LogSpot = lanes.LogSpot[_lane],
            Variance = lanes.Variance[_lane],
            Gaussian = lanes.Gaussian[_lane],
            GaussianVariance = lanes.GaussianVariance[_lane],
        };
    }
}
