namespace GpuRisk.Kernels.Paths;

/// <summary>
/// One (slot, expiry) of a pricing walk: every option settled on that slot at that step shares the group's
/// per-path record (<see cref="ExpiryRecorder{T, TMath}"/>), so the exponentials, the conditional moments and
/// theta's re-stepped expiry are computed once per group and path, not once per option.
/// </summary>
public struct ExpiryGroup
{
    /// <summary>The walk slot whose state is recorded.</summary>
    public int Slot;
    /// <summary>Index of the grid step that ends exactly at the expiry.</summary>
    public int ExpiryStep;
}
