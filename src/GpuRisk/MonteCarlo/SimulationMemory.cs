namespace GpuRisk.MonteCarlo;

/// <summary>
/// Device memory of a pricing simulation: the buffers it keeps whatever the path count (walk tables and scratch,
/// option specs, the per-batch sums) and the per-path buffers of one chunk (expiry records, book part values).
/// </summary>
/// <param name="FixedBytes">Bytes that do not depend on the chunk.</param>
/// <param name="BytesPerPath">Bytes per path of a chunk.</param>
/// <param name="ChunkPaths">Paths per chunk: at most the batch size, and the most that keep <see cref="Bytes"/> within the budget.</param>
public readonly record struct SimulationMemory(long FixedBytes, long BytesPerPath, int ChunkPaths)
{
    /// <summary>Every buffer the simulation allocates, bytes.</summary>
    public long Bytes => FixedBytes + BytesPerPath * ChunkPaths;

    /// <summary>The chunk for <paramref name="budgetBytes"/>, at most <paramref name="largestChunk"/> paths.</summary>
    /// <exception cref="InvalidOperationException">The budget cannot hold the fixed buffers and one path.</exception>
    public static SimulationMemory Plan(long fixedBytes, long bytesPerPath, long budgetBytes, long largestChunk)
    {
        long room = budgetBytes - fixedBytes;
        if (room < bytesPerPath)
        {
            throw new InvalidOperationException(
                $"a memory budget of {budgetBytes} bytes cannot hold the simulation's fixed buffers ({fixedBytes} bytes) and one path ({bytesPerPath} bytes)");
        }
        return new SimulationMemory(fixedBytes, bytesPerPath, (int)Math.Min(largestChunk, room / bytesPerPath));
    }
}
