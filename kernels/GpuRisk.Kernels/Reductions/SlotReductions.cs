using GpuRisk.Kernels.Paths;
using ILGPU;

namespace GpuRisk.Kernels.Reductions;

/// <summary>
/// Reductions into slot accumulators kept in a <see cref="BlockTree"/>. Every sum runs in a fixed order (path by path
/// within a block, pairwise across blocks), so a result is bit-for-bit the same for any chunk size, launch shape and
/// shard split.
/// </summary>
public static class SlotReductions
{
    /// <summary>
    /// Adds each path's value of every book part to the path's slot: one thread per (part, slot), part
    /// unit / Slots; <paramref name="values"/> holds part p's value of chunk path i at p x chunk paths + i. The sum
    /// and the sum of squares of (part p, slot s) are the tree's entries (2p) x Slots + s and (2p + 1) x Slots + s.
    /// Per-thread sums, no atomics.
    /// </summary>
    public static void BookMoments(Index1D unit, ArrayView<double> values, ArrayView<double> sums, SlotLayout layout, BlockTree tree)
    {
        int part = unit / layout.Slots;
        int slot = unit % layout.Slots;
        long paths = layout.PathEnd - layout.PathStart;
        long sumEntry = 2L * part * layout.Slots + slot;
        long squaresEntry = sumEntry + layout.Slots;
        for (long block = layout.PathStart / BlockTree.BlockPaths; block * BlockTree.BlockPaths < layout.PathEnd; block++)
        {
            BlockSpan span = tree.Span(block, layout.PathStart, layout.PathEnd);
            double sum = span.Opens ? 0.0 : sums[tree.Index(span.Slot, sumEntry)];
            double squares = span.Opens ? 0.0 : sums[tree.Index(span.Slot, squaresEntry)];
            for (long path = Slots.FirstPath(span.PathStart, slot, layout.Slots); path < span.PathEnd; path += layout.Slots)
            {
                double b = values[part * paths + path - layout.PathStart];
                sum += b;
                squares += b * b;
            }
            sums[tree.Index(span.Slot, sumEntry)] = sum;
            sums[tree.Index(span.Slot, squaresEntry)] = squares;
            if (span.Closes)
            {
                tree.Close(sums, span, sumEntry);
                tree.Close(sums, span, squaresEntry);
            }
        }
    }
}
