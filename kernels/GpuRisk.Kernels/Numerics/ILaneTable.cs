namespace GpuRisk.Kernels.Numerics;

/// <summary>
/// A read-only table of numbers as a lane type sees it: a device array read per thread, or a host array whose
/// entries are broadcast to every SIMD lane. Lets one formula read the same table in both.
/// </summary>
/// <typeparam name="T">The lane type an entry is read as.</typeparam>
public interface ILaneTable<T>
{
    /// <summary>Entry <paramref name="index"/> in every lane.</summary>
    T this[int index] { get; }
}
