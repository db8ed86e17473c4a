using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using GpuRisk.Kernels.Numerics;

namespace GpuRisk.Kernels.Lanes;

/// <summary>A host table of floats (the walk's Cholesky factor, the regime chain) read with each entry in every lane.</summary>
public readonly struct BroadcastTable : ILaneTable<Float512>
{
    private readonly HostView<float> _table;

    /// <summary>The table over <paramref name="table"/>.</summary>
    public BroadcastTable(HostView<float> table) => _table = table;

    /// <inheritdoc/>
    public Float512 this[int index]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => new(Vector512.Create(_table[index]));
    }
}
