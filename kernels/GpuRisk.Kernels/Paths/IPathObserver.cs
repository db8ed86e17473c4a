using System.Numerics;

namespace GpuRisk.Kernels.Paths;

/// <summary>
/// What happens along a path: the walker (<see cref="PathWalker"/>) steps the model and shows the observer the
/// state after every step the plan flags. Observers are structs passed by type parameter, so each kernel is
/// specialised at compile time with no virtual calls; a thread's observer is its own copy, so per-path scalars
/// can live in its fields.
/// </summary>
public interface IPathObserver<T> where T : unmanaged, INumber<T>
{
    /// <summary>A new path starts (global index <paramref name="path"/>), walked by <paramref name="thread"/>.</summary>
    void Begin(long path, int thread);

    /// <summary>The state after a flagged step; return false to end the walk early (nothing left to see).</summary>
    bool Observe(in WalkView<T> view);

    /// <summary>The path ended (after the last step, or when <see cref="Observe"/> returned false).</summary>
    void End();
}
