using GpuRisk.Kernels.Paths;

namespace GpuRisk.Kernels.Lanes;

/// <summary>One SIMD worker's normals of the current step pair: [stream x 4 + k], sixteen paths per entry.</summary>
public readonly struct LaneNormals : INormalsScratch<Float512>
{
    private readonly Float512[] _normals;

    /// <summary>The normals in <paramref name="normals"/> (4 per stream).</summary>
    public LaneNormals(Float512[] normals) => _normals = normals;

    /// <inheritdoc/>
    public Float512 this[int stream, int k]
    {
        get => _normals[stream * 4 + k];
        set => _normals[stream * 4 + k] = value;
    }
}
