using ILGPU;

namespace GpuRisk.Kernels.Paths;

/// <summary>One path's record of one <see cref="ExpiryGroup"/>, as a GPU thread writes it.</summary>
public readonly struct PathRecordWriter<T> : IRecordWriter<T> where T : unmanaged
{
    private readonly ArrayView<T> _records;
    private readonly RecordLayout _layout;
    private readonly int _group;
    private readonly int _position;

    /// <summary>The record of <paramref name="group"/> at <paramref name="position"/> of <paramref name="layout"/>.</summary>
    public PathRecordWriter(ArrayView<T> records, in RecordLayout layout, int group, int position)
    {
        _records = records;
        _layout = layout;
        _group = group;
        _position = position;
    }

    /// <inheritdoc/>
    public void Write(int field, T x) => _records[_layout.Index(_group, field, _position)] = x;
}
