using ILGPU;

namespace GpuRisk.Kernels.Reductions;

/// <summary>
/// Sums over a range of global paths kept as nodes of one fixed binary tree over blocks of <see cref="BlockPaths"/>
/// paths, so that the ranges of a run's shards merge into exactly the sums of one run over all of them.
/// </summary>
/// <remarks>
/// Floating-point addition does not associate: one running sum over paths differs, in its last bits, from the sum of
/// two shards' running sums. Here node (level l, index k) covers blocks [k 2^l, (k + 1) 2^l); a leaf (level 0) is its
/// block's sum in path order, and every other node is its left child plus its right child. A node's value therefore
/// depends on its paths alone, not on who computed it, how the run was chunked or where it was sharded.
/// <para>
/// A run over blocks [first, end) keeps the maximal nodes inside its range, left to right: a stack of at most
/// 2 log2(end - first) + 1 slots per sum. When a block closes, its leaf is merged into the node before it while that
/// node is its left sibling. Adjacent ranges' nodes combine by the same rule into the nodes of their union, and the
/// run's total folds the nodes of [0, blocks) left to right (both on the host).
/// </para>
/// Slot s of sum e sits at s x <see cref="Entries"/> + e, so the first n slots of every sum are one span.
/// </remarks>
public struct BlockTree
{
    /// <summary>Paths per block (leaf); shard boundaries are multiples of it.</summary>
    public const int BlockPaths = 4096;

    /// <summary>First global path of the range (a multiple of <see cref="BlockPaths"/>).</summary>
    public long RangeStart;
    /// <summary>One past the last global path of the range.</summary>
    public long RangeEnd;
    /// <summary>Sums kept (entries per slot).</summary>
    public long Entries;

    /// <summary>Index of slot <paramref name="slot"/> of sum <paramref name="entry"/>.</summary>
    public readonly long Index(int slot, long entry) => slot * Entries + entry;

    /// <summary>
    /// The slot of block <paramref name="block"/>'s leaf while it is open: the number of maximal nodes covering
    /// blocks [first, block).
    /// </summary>
    public readonly int OpenSlot(long block)
    {
        int nodes = 0;
        for (long x = RangeStart / BlockPaths; x < block; nodes++) x += 1L << CoverLevel(x, block);
        return nodes;
    }

    /// <summary>
    /// The level of the maximal node that starts at block <paramref name="x"/> and ends by block
    /// <paramref name="end"/>: the largest aligned node that fits. Taken greedily from the left, these nodes cover a
    /// range with the fewest nodes, the ones a run over it keeps.
    /// </summary>
    public static int CoverLevel(long x, long end)
    {
        int level = 0;
        while ((x & ((2L << level) - 1)) == 0 && x + (2L << level) <= end) level++;
        return level;
    }

    /// <summary>
    /// How many times block <paramref name="block"/>'s leaf merges when it closes: while the node is a right child
    /// whose left sibling lies inside the range, the two become their parent.
    /// </summary>
    public readonly int Merges(long block)
    {
        long first = RangeStart / BlockPaths;
        int merges = 0;
        for (long k = block; (k & 1) == 1 && ((k - 1) << merges) >= first; k >>= 1) merges++;
        return merges;
    }

    /// <summary>The part of block <paramref name="block"/> that a chunk of paths [<paramref name="chunkStart"/>, <paramref name="chunkEnd"/>) of the range holds.</summary>
    public readonly BlockSpan Span(long block, long chunkStart, long chunkEnd)
    {
        long start = block * BlockPaths;
        long end = start + BlockPaths < RangeEnd ? start + BlockPaths : RangeEnd;
        return new BlockSpan
        {
            PathStart = start > chunkStart ? start : chunkStart,
            PathEnd = end < chunkEnd ? end : chunkEnd,
            Opens = start >= chunkStart,
            Closes = end <= chunkEnd,
            Slot = OpenSlot(block),
            Merges = Merges(block),
        };
    }

    /// <summary>
    /// Closes the leaf of sum <paramref name="entry"/> in <paramref name="span"/>'s slot (its value already stored
    /// there): merges it <see cref="BlockSpan.Merges"/> times, each time adding the right node to its left sibling.
    /// </summary>
    public readonly void Close(ArrayView<double> nodes, in BlockSpan span, long entry)
    {
        for (int slot = span.Slot; slot > span.Slot - span.Merges; slot--)
        {
            nodes[Index(slot - 1, entry)] = nodes[Index(slot - 1, entry)] + nodes[Index(slot, entry)];
        }
    }
}
