namespace GpuRisk.Risk;

/// <summary>
/// Power sums (count, x, x^2, x^3, x^4) of a per-path figure, kept per block of <see cref="BlockPaths"/>
/// consecutive global paths and summed in path order. Shards cover whole blocks, so merging is a union of blocks
/// and every total is summed block by block in block order: a merged run gives bit-for-bit the figures of one run.
/// </summary>
public sealed class MomentBlocks
{
    /// <summary>Paths per block (shard boundaries are multiples of it).</summary>
    public const int BlockPaths = 4096;

    private readonly SortedDictionary<long, double[]> _blocks = [];

    /// <summary>The blocks, by global block index: [count, sum x, sum x^2, sum x^3, sum x^4].</summary>
    public IReadOnlyDictionary<long, double[]> Blocks => _blocks;

    /// <summary>Adds path <paramref name="path"/>'s figure; paths of a block must come in increasing order.</summary>
    public void Add(long path, double x)
    {
        long block = path / BlockPaths;
        if (!_blocks.TryGetValue(block, out double[]? s))
        {
            s = new double[5];
            _blocks.Add(block, s);
        }
        double x2 = x * x;
        s[0] += 1;
        s[1] += x;
        s[2] += x2;
        s[3] += x2 * x;
        s[4] += x2 * x2;
    }

    /// <summary>Adds another run's blocks (disjoint from these: a block in both is an error).</summary>
    /// <exception cref="InvalidOperationException">A block is in both.</exception>
    public void Merge(MomentBlocks other)
    {
        foreach (var (block, sums) in other._blocks)
        {
            if (!_blocks.TryAdd(block, (double[])sums.Clone()))
                throw new InvalidOperationException($"block {block} (paths {block * BlockPaths}..) is in two shards");
        }
    }

    /// <summary>Adds a stored block (read back from a shard).</summary>
    public void AddBlock(long block, double[] sums) => _blocks.Add(block, sums);

    /// <summary>Paths counted.</summary>
    public long Count => (long)Total(0);

    /// <summary>Mean, sample standard deviation, the mean's standard error and the sd's standard error.</summary>
    /// <remarks>
    /// se(sd) from the delta method: Var(s^2) ~ (m4 - s^4) / n, so se(s) ~ sqrt((m4 - s^4) / n) / (2 s), with m4 the
    /// fourth central moment (from the power sums about the mean, computed in double about a shift of the mean).
    /// </remarks>
    public (double Mean, double Sd, double MeanStderr, double SdStderr) Summary()
    {
        double n = Total(0);
        if (n < 2) return (n == 1 ? Total(1) : double.NaN, double.NaN, double.NaN, double.NaN);
        double mean = Total(1) / n;
        double m2 = Math.Max(Total(2) / n - mean * mean, 0.0);
        double m4 = Total(4) / n - 4 * mean * Total(3) / n + 6 * mean * mean * Total(2) / n - 3 * mean * mean * mean * mean;
        double variance = m2 * n / (n - 1);
        double sd = Math.Sqrt(variance);
        double sdStderr = sd > 0 ? Math.Sqrt(Math.Max(m4 - m2 * m2, 0.0) / n) / (2 * sd) : 0.0;
        return (mean, sd, sd / Math.Sqrt(n), sdStderr);
    }

    private double Total(int power)
    {
        double total = 0;
        foreach (double[] s in _blocks.Values) total += s[power];
        return total;
    }
}
