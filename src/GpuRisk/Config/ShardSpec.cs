using GpuRisk.Risk;

namespace GpuRisk.Config;

/// <summary>
/// Shard <see cref="Index"/> of <see cref="Count"/>: which global paths a process simulates. Shards cover whole
/// blocks of <see cref="MomentBlocks.BlockPaths"/> paths, so every shard's partial sums are the single run's
/// sums of the same blocks and merged results equal one run's bit for bit.
/// </summary>
/// <param name="Index">0-based shard index.</param>
/// <param name="Count">Number of shards (&gt;= 1).</param>
public readonly record struct ShardSpec(int Index, int Count)
{
    /// <summary>The whole run as one shard.</summary>
    public static ShardSpec Single => new(0, 1);

    /// <summary>True when this is the whole run.</summary>
    public bool IsWholeRun => Count == 1;

    /// <summary>Global paths [start, end) of this shard in a run of <paramref name="paths"/> paths.</summary>
    public (long Start, long End) Range(long paths)
    {
        long blocks = (paths + MomentBlocks.BlockPaths - 1) / MomentBlocks.BlockPaths;
        long first = blocks * Index / Count, last = blocks * (Index + 1) / Count;
        return (Math.Min(paths, first * MomentBlocks.BlockPaths), Math.Min(paths, last * MomentBlocks.BlockPaths));
    }

    /// <summary>Parses "i/N" (0 &lt;= i &lt; N).</summary>
    public static bool TryParse(string text, out ShardSpec shard)
    {
        shard = default;
        string[] parts = text.Split('/');
        if (parts.Length != 2 || !int.TryParse(parts[0], out int i) || !int.TryParse(parts[1], out int n) || n < 1 || i < 0 || i >= n)
        {
            return false;
        }
        shard = new ShardSpec(i, n);
        return true;
    }

    /// <inheritdoc/>
    public override string ToString() => $"{Index}/{Count}";
}
