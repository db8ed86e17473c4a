using GpuRisk.Kernels.Reductions;

namespace GpuRisk.MonteCarlo;

/// <summary>
/// Sums over a range of global paths [<see cref="PathStart"/>, <see cref="PathEnd"/>), kept as the
/// <see cref="BlockTree"/> nodes of that range: one process's share of a run, which merges with the adjacent ranges'
/// into exactly the nodes, and so the totals, of one run over their union.
/// </summary>
/// <remarks>
/// Node n of entry e sits at n x <see cref="Entries"/> + e, nodes left to right. A merge combines adjacent nodes that
/// are siblings, left plus right, as the device does when a block closes; <see cref="Totals"/> folds the nodes left to
/// right. Neither depends on where the ranges were split, so the totals are bit-for-bit one run's.
/// </remarks>
public sealed class BlockTreeSums
{
    private readonly double[] _nodes;

    /// <param name="entries">Sums kept.</param>
    /// <param name="pathStart">First global path of the range, a multiple of <see cref="BlockTree.BlockPaths"/> unless the range is empty.</param>
    /// <param name="pathEnd">One past its last path.</param>
    /// <param name="nodes"><see cref="NodeCount"/>(range) x <paramref name="entries"/> node values.</param>
    /// <exception cref="ArgumentException">The range is not block-aligned, or the node count does not fit it.</exception>
    public BlockTreeSums(int entries, long pathStart, long pathEnd, double[] nodes)
    {
        if (entries < 0 || pathStart < 0 || pathEnd < pathStart || (pathStart % BlockTree.BlockPaths != 0 && pathEnd > pathStart))
        {
            throw new ArgumentException($"paths [{pathStart}, {pathEnd}) of {entries} sums is not a block-aligned range");
        }
        if (nodes.LongLength != (long)NodeCount(pathStart, pathEnd) * entries)
        {
            throw new ArgumentException($"paths [{pathStart}, {pathEnd}) of {entries} sums hold {(long)NodeCount(pathStart, pathEnd) * entries} node values, not {nodes.LongLength}");
        }
        Entries = entries;
        PathStart = pathStart;
        PathEnd = pathEnd;
        _nodes = nodes;
    }

    /// <summary>Sums kept.</summary>
    public int Entries { get; }

    /// <summary>First global path of the range.</summary>
    public long PathStart { get; }

    /// <summary>One past the last global path of the range.</summary>
    public long PathEnd { get; }

    /// <summary>The node values, nodes left to right, each with every entry.</summary>
    public ReadOnlySpan<double> Nodes => _nodes;

    /// <summary>Nodes of paths [<paramref name="pathStart"/>, <paramref name="pathEnd"/>) once every block is closed.</summary>
    public static int NodeCount(long pathStart, long pathEnd) => pathEnd > pathStart ? Tree(pathStart, pathEnd).OpenSlot(EndBlock(pathEnd)) : 0;

    /// <summary>
    /// Slots per entry a device needs to run paths [<paramref name="pathStart"/>, <paramref name="pathEnd"/>): the most
    /// nodes open at once, the leaf being summed included.
    /// </summary>
    public static int Depth(long pathStart, long pathEnd)
    {
        if (pathEnd == pathStart) return 0;
        BlockTree tree = Tree(pathStart, pathEnd);
        int open = 0, depth = 0;
        for (long block = pathStart / BlockTree.BlockPaths; block < EndBlock(pathEnd); block++)
        {
            depth = Math.Max(depth, open + 1);
            open += 1 - tree.Merges(block);
        }
        return depth;
    }

    /// <summary>
    /// <paramref name="left"/> and <paramref name="right"/>, adjacent ranges of the same sums, as the one range they
    /// make: every pair of sibling nodes left plus right, as one run would have added them.
    /// </summary>
    /// <exception cref="ArgumentException">The ranges are not adjacent or keep different sums.</exception>
    public static BlockTreeSums Merge(BlockTreeSums left, BlockTreeSums right)
    {
        if (left.Entries != right.Entries || left.PathEnd != right.PathStart)
        {
            throw new ArgumentException($"paths [{left.PathStart}, {left.PathEnd}) of {left.Entries} sums cannot merge with "
                                        + $"[{right.PathStart}, {right.PathEnd}) of {right.Entries}: not adjacent ranges of the same sums");
        }
        if (left.PathStart == left.PathEnd) return right;
        if (right.PathStart == right.PathEnd) return left;
        int entries = left.Entries;
        var stack = new List<(int Level, long Index, double[] Values)>();
        foreach (var (sums, (level, index)) in left.Split().Zip(Shape(left)).Concat(right.Split().Zip(Shape(right))))
        {
            stack.Add((level, index, sums));
            while (stack.Count > 1 && stack[^2] is var l && stack[^1] is var r
                   && l.Level == r.Level && (l.Index & 1) == 0 && r.Index == l.Index + 1)
            {
                for (int e = 0; e < entries; e++) l.Values[e] = l.Values[e] + r.Values[e];
                stack.RemoveAt(stack.Count - 1);
                stack[^1] = (l.Level + 1, l.Index >> 1, l.Values);
            }
        }
        return new BlockTreeSums(left.Entries, left.PathStart, right.PathEnd, [.. stack.SelectMany(n => n.Values)]);
    }

    /// <summary>Each entry's sum over the range: its nodes folded left to right (zero over an empty range).</summary>
    public double[] Totals()
    {
        var totals = new double[Entries];
        Split().FirstOrDefault()?.CopyTo(totals, 0);
        foreach (double[] node in Split().Skip(1))
        {
            for (int e = 0; e < totals.Length; e++) totals[e] += node[e];
        }
        return totals;
    }

    /// <summary>Each node's values, left to right (copies).</summary>
    private IEnumerable<double[]> Split()
    {
        for (int offset = 0; offset < _nodes.Length; offset += Entries) yield return _nodes[offset..(offset + Entries)];
    }

    /// <summary>(level, index) of the range's nodes, left to right: the cover <see cref="BlockTree.OpenSlot"/> counts.</summary>
    private static IEnumerable<(int Level, long Index)> Shape(BlockTreeSums sums)
    {
        long end = EndBlock(sums.PathEnd);
        for (long x = sums.PathStart / BlockTree.BlockPaths; x < end;)
        {
            int level = BlockTree.CoverLevel(x, end);
            yield return (level, x >> level);
            x += 1L << level;
        }
    }

    private static long EndBlock(long pathEnd) => (pathEnd + BlockTree.BlockPaths - 1) / BlockTree.BlockPaths;

    private static BlockTree Tree(long pathStart, long pathEnd) => new() { RangeStart = pathStart, RangeEnd = pathEnd };
}
