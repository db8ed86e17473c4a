using GpuRisk.Kernels.Paths;

namespace GpuRisk.Kernels.Lanes;

/// <summary>
/// The lane version of <see cref="IPathObserver{T}"/>: what happens along sixteen paths walked together by
/// <see cref="LaneWalker"/>. Structs passed by type parameter; each worker walks with its own copy, so
/// per-path values can live in its fields (one per lane).
/// </summary>
public interface ILaneObserver
{
    /// <summary>New paths start, one per lane (some lanes may be invalid: see <see cref="LanePaths.IsValid"/>).</summary>
    void Begin(in LanePaths paths);

    /// <summary>The state after a flagged step; return false to end the walk early (the same answer for every lane).</summary>
    bool Observe(in LaneView view);

    /// <summary>The paths ended.</summary>
    void End();
}
