using GpuRisk.Devices;
using GpuRisk.Kernels.Reductions;
using GpuRisk.MonteCarlo;

namespace GpuRisk.Tests.MonteCarlo;

/// <summary>
/// A pricing simulation split into path ranges (shards) at block boundaries, each range summed in chunks of any size,
/// and the ranges' states merged: every figure (values, stderrs, Greeks and their batch-means errors, the parts'
/// stderrs) and every stored sum equals one run over every path in one chunk, bit for bit.
/// </summary>
public sealed class ShardedPricingTests
{
    // 8 blocks of 4,096 paths, the last one partial (1,328 paths): a tree three levels deep.
    private const long Paths = 30_000;

    // Eight options of the synthetic book on its Bates (slot 0) and Black-Scholes (slot 2) underlyings, 1 to 14 days.
    private static readonly int[] Options = [0, 2, 3, 5, 6, 8, 9, 11];

    /// <summary>The book, the Bates underlying's options alone, and an empty part (exactly zero).</summary>
    private static SimulationJob Job()
    {
        SimulationJob book = SyntheticBook.Job(Options);
        IReadOnlyList<BookTerm> terms = book.Parts[0];
        return book with { Parts = [terms, [.. terms.Where(t => book.Options[t.Option].Slot == 0)], []] };
    }

    private static MonteCarloSettings Settings(int chunk) =>
        new(Paths: Paths, StepsPerDay: 1, Seed: 41, Device: DeviceKind.Cpu, BatchSize: chunk);

    private static PricingState Merged(DeviceSession session, SimulationJob job, int chunk, long[] cuts)
    {
        long[] bounds = [0, .. cuts, Paths];
        return Enumerable.Range(0, bounds.Length - 1)
            .Select(i => PricingSimulation.Simulate(session, job, SyntheticBook.Cholesky, 0.04, Settings(chunk), bounds[i], bounds[i + 1]))
            .Aggregate(PricingState.Merge);
    }

    /// <summary>On the CPU accelerator, and on cpu-simd, whose lanes write the same records the settlement sums.</summary>
    [Theory]
    [InlineData(DeviceKind.Cpu)]
    [InlineData(DeviceKind.CpuSimd)]
    public void Shards_at_any_block_boundaries_with_any_chunk_merge_to_the_whole_run_bit_for_bit(DeviceKind device)
    {
        using DeviceSession session = DeviceSelector.Open(device);
        SimulationJob job = Job();
        const int block = BlockTree.BlockPaths;
        PricingState whole = PricingSimulation.Simulate(session, job, SyntheticBook.Cholesky, 0.04, Settings(1 << 16), 0, Paths);
        SimulationResult reference = PricingSimulation.Run(session, job, SyntheticBook.Cholesky, 0.04, Settings(1 << 16));
        (int Option, double Quantity)[] holdings = [.. job.Parts[0].Select(t => (t.Option, t.Quantity))];

        // Shards as ShardSpec cuts them (3 and 4 of 8 blocks), uneven cuts, an empty shard, and a leftmost
        // shard of one block; chunks that split blocks (1,000; 5,000) and one holding a whole range.
        var runs = new (int Chunk, long[] Cuts)[]
        {
            (1000, []),
            (5000, [2 * block, 5 * block]),
            (1 << 16, [2 * block, 4 * block, 6 * block]),
            (1000, [block, 3 * block, 3 * block, 7 * block]),
            (5000, [5 * block]),
        };
        foreach (var (chunk, cuts) in runs)
        {
            PricingState merged = Merged(session, job, chunk, cuts);
            Assert.Equal(whole.Options.Nodes.ToArray(), merged.Options.Nodes.ToArray());
            Assert.Equal(whole.Parts.Nodes.ToArray(), merged.Parts.Nodes.ToArray());
            SimulationResult result = PricingSimulation.Finish(job, merged, session.Name);
            Assert.Equal(reference.Options, result.Options);
            Assert.Equal(reference.Parts, result.Parts);
            Assert.Equal(reference.GreekErrors(holdings), result.GreekErrors(holdings));
        }
        Assert.Equal(new PartEstimate(0.0, 0.0), reference.Parts[2]);
        Assert.True(reference.Parts[1].StdErr > 0 && reference.Parts[1].StdErr != reference.Parts[0].StdErr);
    }

    [Fact]
    public void A_state_that_misses_paths_or_is_of_another_job_does_not_finish()
    {
        using DeviceSession session = DeviceSelector.Open(DeviceKind.Cpu);
        SimulationJob job = Job();
        PricingState first = PricingSimulation.Simulate(session, job, SyntheticBook.Cholesky, 0.04, Settings(1 << 16), 0, 2 * BlockTree.BlockPaths);
        Assert.Contains("not all of them", Assert.Throws<ArgumentException>(() => PricingSimulation.Finish(job, first, session.Name)).Message);
        PricingState last = PricingSimulation.Simulate(session, job, SyntheticBook.Cholesky, 0.04, Settings(1 << 16), 3 * BlockTree.BlockPaths, Paths);
        Assert.Throws<ArgumentException>(() => PricingState.Merge(first, last));

        PricingState all = PricingState.Merge(first,
            PricingSimulation.Simulate(session, job, SyntheticBook.Cholesky, 0.04, Settings(1 << 16), 2 * BlockTree.BlockPaths, Paths));
        Assert.Equal(PricingSimulation.Run(session, job, SyntheticBook.Cholesky, 0.04, Settings(1 << 16)).Options,
            PricingSimulation.Finish(job, all, session.Name).Options);
        SimulationJob fewer = job with { Options = [.. job.Options.Take(7)], Parts = [[.. job.Parts[0].Where(t => t.Option < 7)]] };
        Assert.Throws<ArgumentException>(() => PricingSimulation.Finish(fewer, all, session.Name));
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            PricingSimulation.Simulate(session, job, SyntheticBook.Cholesky, 0.04, Settings(1 << 16), 100, Paths));
    }
}
