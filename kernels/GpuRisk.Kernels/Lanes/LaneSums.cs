using System.Runtime.CompilerServices;

namespace GpuRisk.Kernels.Lanes;

/// <summary>A double per lane: a per-path running sum kept by a lane observer.</summary>
[InlineArray(Float512.Lanes)]
public struct LaneSums
{
    private double _first;
}
