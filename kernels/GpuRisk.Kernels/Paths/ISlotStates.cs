namespace GpuRisk.Kernels.Paths;

/// <summary>
/// One path's states after a step, per slot and state variant: what <see cref="WalkView{T}"/> shows a GPU thread,
/// or one lane of the SIMD walk's view, so an observer's per-path logic is written once for both.
/// </summary>
public interface ISlotStates<T> where T : unmanaged
{
    /// <summary>State variant <paramref name="variant"/> of <paramref name="slot"/> after the step.</summary>
    PathState<T> State(int slot, int variant);
}
