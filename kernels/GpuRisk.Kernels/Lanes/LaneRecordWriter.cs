using GpuRisk.Kernels.Paths;

namespace GpuRisk.Kernels.Lanes;

/// <summary>
/// Sixteen lanes' records of one <see cref="ExpiryGroup"/>: each valid lane's figure goes where a GPU thread walking
/// that lane's path would write it (<see cref="PathRecordWriter{T}"/>), in the same buffer and layout.
/// </summary>
public readonly struct LaneRecordWriter : IRecordWriter<Float512>
{
    private readonly HostView<float> _records;
    private readonly RecordLayout _layout;
    private readonly int _group;
    private readonly LanePaths _paths;

    /// <summary>The records of <paramref name="group"/> for the lanes' <paramref name="paths"/>.</summary>
    public LaneRecordWriter(HostView<float> records, in RecordLayout layout, int group, in LanePaths paths)
    {
        _records = records;
        _layout = layout;
        _group = group;
        _paths = paths;
    }

    /// <inheritdoc/>
    public void Write(int field, Float512 x)
    {
        for (int lane = 0; lane < Float512.Lanes; lane++)
        {
            if (_paths.IsValid(lane)) _records[_layout.Index(_group, field, _layout.Position(_paths.Path[lane]))] = x[lane];
        }
    }
}
