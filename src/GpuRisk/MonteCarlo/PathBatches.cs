namespace GpuRisk.MonteCarlo;

/// <summary>
/// Paths 0..N-1 split into <see cref="Count"/> interleaved batches (path p in batch p mod Count), and
/// the batch-means arithmetic over per-batch sums laid out as sums[row x Count + batch].
/// </summary>
internal readonly record struct PathBatches(long Paths, int Count)
{
    /// <summary>Paths in batch <paramref name="batch"/>: the first N mod Count batches hold one more.</summary>
    public long Size(int batch) => Paths / Count + (batch < Paths % Count ? 1 : 0);

    /// <summary>The sum of row <paramref name="row"/> over every batch, in batch order.</summary>
    public double Total(double[] sums, int row)
    {
        double total = 0;
        for (int b = 0; b < Count; b++) total += sums[row * Count + b];
        return total;
    }

    /// <summary>Each batch's mean of row <paramref name="row"/>, times <paramref name="scale"/>.</summary>
    public double[] Means(double[] sums, int row, double scale)
    {
        var means = new double[Count];
        for (int b = 0; b < Count; b++) means[b] = sums[row * Count + b] / Size(b) * scale;
        return means;
    }

    /// <summary>Standard error of the overall mean from batch means: sd(batch means) / sqrt(batches).</summary>
    public static double StandardError(double[] batchMeans)
    {
        int k = batchMeans.Length;
        if (k < 2) return double.NaN;
        double mean = batchMeans.Average();
        double squares = batchMeans.Sum(m => (m - mean) * (m - mean));
        return Math.Sqrt(squares / (k - 1) / k);
    }
}
