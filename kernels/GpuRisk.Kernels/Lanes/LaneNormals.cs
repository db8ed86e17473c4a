using GpuRisk.Kernels.Paths;

namespace GpuRisk.Kernels.Lanes;

/// <summary>One SIMD worker's normals of the current step pair (<see cref="LaneScratch.Normals"/>): [stream x 4 + k].</summary>
public readonly unsafe struct LaneNormals : INormalsScratch<Float512>
{
    private readonly Float512* _normals;

    /// <summary>The normals of <paramref name="scratch"/>.</summary>
    public LaneNormals(LaneScratch scratch)
    {
        fixed (Float512* normals = scratch.Normals) _normals = normals;
    }

    /// <inheritdoc/>
    public Float512 this[int stream, int k]
    {
        get => _normals[stream * 4 + k];
        set => _normals[stream * 4 + k] = value;
    }
}
