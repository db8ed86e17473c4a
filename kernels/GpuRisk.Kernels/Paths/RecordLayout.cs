namespace GpuRisk.Kernels.Paths;

/// <summary>
/// Where a chunk of paths keeps its per-path records: batch-major. Path p belongs to error batch
/// p mod <see cref="Batches"/>; within the chunk, every batch's paths sit together in path order, so a
/// thread that sums one batch reads consecutive memory (on the CPU accelerator that keeps an option's
/// pass over a batch in cache). Record (group g, field f, position k) sits at (g x Fields + f) x Paths + k.
/// </summary>
public struct RecordLayout
{
    /// <summary>First global path of the chunk.</summary>
    public long PathStart;
    /// <summary>Paths in the chunk.</summary>
    public int Paths;
    /// <summary>Error batches (path p in batch p mod Batches).</summary>
    public int Batches;
    /// <summary>Record fields per (group, path).</summary>
    public int Fields;

    /// <summary>The position of global path <paramref name="path"/> (in the chunk) within the batch-major order.</summary>
    public int Position(long path)
    {
        int local = (int)(path - PathStart);
        return LocalBatchStart(local % Batches) + local / Batches;
    }

    /// <summary>The first position of batch <paramref name="batch"/>'s paths in the chunk.</summary>
    public int BatchStart(int batch) => LocalBatchStart(LocalBatch(batch));

    /// <summary>How many of the chunk's paths belong to batch <paramref name="batch"/>.</summary>
    public int BatchCount(int batch) => Paths / Batches + (LocalBatch(batch) < Paths % Batches ? 1 : 0);

    /// <summary>
    /// The position of batch <paramref name="batch"/>'s first path at or after global path <paramref name="path"/> (in
    /// [PathStart, PathStart + Paths]); one past the batch's last position when there is none.
    /// </summary>
    public int PositionAtOrAfter(int batch, long path)
    {
        int local = LocalBatch(batch);
        // path - (PathStart + local) >= -(Batches - 1), so the division rounds up.
        return LocalBatchStart(local) + (int)((path - PathStart - local + Batches - 1) / Batches);
    }

    /// <summary>Index of record field <paramref name="field"/> of <paramref name="group"/> at <paramref name="position"/>.</summary>
    public long Index(int group, int field, int position) => ((long)group * Fields + field) * Paths + position;

    /// <summary>The chunk's k-th local batch holds its paths p with (p - PathStart) mod Batches = k, i.e. batch (PathStart + k) mod Batches.</summary>
    private int LocalBatch(int batch) => (int)((batch - PathStart % Batches + Batches) % Batches);

    private int LocalBatchStart(int local)
    {
        int remainder = Paths % Batches;
        return local * (Paths / Batches) + (local < remainder ? local : remainder);
    }
}
