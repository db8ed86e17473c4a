using GpuRisk.Kernels.Reductions;
using GpuRisk.MonteCarlo;

namespace GpuRisk.Tests.MonteCarlo;

/// <summary>
/// The block tree on the host alone: ranges summed as the device sums them (a leaf per block, merged by
/// <see cref="BlockTree.Merges"/> as it closes) and merged with <see cref="BlockTreeSums.Merge"/> give exactly the nodes
/// and totals of one range over every block, for every split of up to 70 blocks into up to three ranges.
/// </summary>
public sealed class BlockTreeSumsTests
{
    private const int Entries = 3;

    /// <summary>
    /// Leaf values spread over 30 orders of magnitude with both signs, so that summing in another order changes the
    /// last bits (checked: the plain left-to-right sum differs from the tree's for some range).
    /// </summary>
    private static double[] Leaves(int blocks)
    {
        var random = new Random(1234);
        return [.. Enumerable.Range(0, blocks * Entries).Select(_ => (random.NextDouble() - 0.3) * Math.Pow(10, random.Next(-15, 15)))];
    }

    /// <summary>Blocks [first, end) summed as the device does: push each block's leaf, merge it as it closes.</summary>
    private static BlockTreeSums AsDevice(double[] leaves, int first, int end, long paths)
    {
        var tree = new BlockTree { RangeStart = Math.Min(paths, (long)first * BlockTree.BlockPaths), RangeEnd = Math.Min(paths, (long)end * BlockTree.BlockPaths) };
        int depth = BlockTreeSums.Depth(tree.RangeStart, tree.RangeEnd);
        var stack = new List<double[]>();
        for (int block = first; block < end; block++)
        {
            Assert.Equal(tree.OpenSlot(block), stack.Count);
            stack.Add(leaves[(block * Entries)..((block + 1) * Entries)]);
            Assert.True(stack.Count <= depth, $"{stack.Count} slots open, depth {depth}");
            for (int m = 0; m < tree.Merges(block); m++)
            {
                double[] left = stack[^2], right = stack[^1];
                for (int e = 0; e < Entries; e++) left[e] = left[e] + right[e];
                stack.RemoveAt(stack.Count - 1);
            }
        }
        Assert.Equal(BlockTreeSums.NodeCount(tree.RangeStart, tree.RangeEnd), stack.Count);
        return new BlockTreeSums(Entries, tree.RangeStart, tree.RangeEnd, [.. stack.SelectMany(n => n)]);
    }

    [Fact]
    public void Ranges_merged_in_order_equal_one_range_bit_for_bit_for_every_split()
    {
        bool orderMatters = false;
        for (int blocks = 1; blocks <= 70; blocks++)
        {
            double[] leaves = Leaves(blocks);
            // The last block is partial, as when the path count is not a multiple of the block.
            long paths = (long)blocks * BlockTree.BlockPaths - 100;
            BlockTreeSums whole = AsDevice(leaves, 0, blocks, paths);
            double[] totals = whole.Totals();
            double plain = 0;
            for (int b = 0; b < blocks; b++) plain += leaves[b * Entries];
            orderMatters |= plain != totals[0];
            for (int cut = 0; cut <= blocks; cut++)
            {
                for (int second = cut; second <= blocks; second += 1 + blocks / 9)
                {
                    BlockTreeSums merged = BlockTreeSums.Merge(BlockTreeSums.Merge(
                        AsDevice(leaves, 0, cut, paths), AsDevice(leaves, cut, second, paths)), AsDevice(leaves, second, blocks, paths));
                    Assert.Equal((whole.PathStart, whole.PathEnd), (merged.PathStart, merged.PathEnd));
                    Assert.Equal(whole.Nodes.ToArray(), merged.Nodes.ToArray());
                    Assert.Equal(totals, merged.Totals());
                }
            }
        }
        Assert.True(orderMatters, "the leaves never expose a different summation order: the test would not see one");
    }

    [Fact]
    public void A_run_keeps_about_log2_blocks_slots()
    {
        // 100,000 paths are 25 blocks; a million, 245. A range inside the run keeps at most twice as many.
        Assert.Equal(5, BlockTreeSums.Depth(0, 100_000));
        Assert.Equal(8, BlockTreeSums.Depth(0, 1_000_000));
        Assert.True(BlockTreeSums.Depth(4096, 1_000_000) <= 2 * 8 + 1);
        Assert.Equal(0, BlockTreeSums.Depth(8192, 8192));
    }

    [Fact]
    public void Ranges_that_do_not_meet_are_refused()
    {
        var a = new BlockTreeSums(Entries, 0, 4096, new double[Entries]);
        var c = new BlockTreeSums(Entries, 8192, 12288, new double[Entries]);
        Assert.Throws<ArgumentException>(() => BlockTreeSums.Merge(a, c));
        Assert.Throws<ArgumentException>(() => BlockTreeSums.Merge(c, a));
        Assert.Throws<ArgumentException>(() => new BlockTreeSums(Entries, 100, 4096, new double[Entries]));
        Assert.Throws<ArgumentException>(() => new BlockTreeSums(Entries, 0, 12288, new double[Entries]));
    }
}
