namespace GpuRisk.Kernels.Paths;

/// <summary>
/// Where <see cref="ExpiryFigures"/> puts a record's fields: one path's place in the records (a GPU thread's), or
/// the places of sixteen lanes' paths (the SIMD walk's). The figures are computed once for any lane type and the
/// writer alone knows how lanes map to memory.
/// </summary>
/// <typeparam name="T">The lane type of the figures.</typeparam>
public interface IRecordWriter<T>
{
    /// <summary>Writes field <paramref name="field"/> (an <see cref="ExpiryRecordField"/>) of the record.</summary>
    void Write(int field, T x);
}
