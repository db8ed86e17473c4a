using ILGPU;

namespace GpuRisk.Kernels.Numerics;

/// <summary>A device array read as a table of one number per thread.</summary>
public readonly struct ViewTable<T> : ILaneTable<T> where T : unmanaged
{
    private readonly ArrayView<T> _view;

    /// <summary>The table over <paramref name="view"/>.</summary>
    public ViewTable(ArrayView<T> view) => _view = view;

    /// <inheritdoc/>
    public T this[int index] => _view[index];
}
