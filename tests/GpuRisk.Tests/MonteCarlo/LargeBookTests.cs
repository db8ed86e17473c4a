using GpuRisk.Devices;
using GpuRisk.MonteCarlo;

namespace GpuRisk.Tests.MonteCarlo;

/// <summary>
/// A 3,000-option book on three underlyings (<see cref="SyntheticBook"/>): chunking over paths to a memory budget
/// changes nothing, and an option's figures do not depend on the rest of the book.
/// </summary>
public sealed class LargeBookTests
{
    private const int Options = 3000;

    private static MonteCarloSettings Settings(long budget = 1L << 30) =>
        new(Paths: 2048, StepsPerDay: 1, Seed: 31, Device: DeviceKind.Cpu, MemoryBudgetBytes: budget);

    private static SimulationResult Price(DeviceSession session, IReadOnlyList<int> options, MonteCarloSettings settings) =>
        PricingSimulation.Run(session, SyntheticBook.Job(options), SyntheticBook.Cholesky, 0.04, settings);

    /// <summary>
    /// Identity: a budget that holds 300 paths' records makes seven chunks (the last of 248 paths) whose buffers
    /// stay within the budget, and every figure (each option's, the book's) is bit-for-bit the one-chunk run's;
    /// a book of one option per (underlying, expiry) and a sample of the rest, priced alone in one chunk, gives
    /// its options bit-for-bit the figures they have in the large book (same grid, same streams).
    /// </summary>
    [Fact]
    public void Chunked_pricing_within_the_memory_budget_matches_one_chunk_and_a_sub_book_bit_for_bit()
    {
        using DeviceSession session = DeviceSelector.Open(DeviceKind.Cpu);
        int[] all = [.. Enumerable.Range(0, Options)];
        SimulationResult whole = Price(session, all, Settings());
        Assert.Equal(2048, whole.Memory.ChunkPaths);

        long budget = whole.Memory.FixedBytes + 300 * whole.Memory.BytesPerPath + 7;
        SimulationResult chunked = Price(session, all, Settings(budget));
        Assert.Equal(300, chunked.Memory.ChunkPaths);
        Assert.Equal(whole.Memory.FixedBytes, chunked.Memory.FixedBytes);
        Assert.True(chunked.Memory.Bytes <= budget, $"{chunked.Memory.Bytes} bytes allocated, budget {budget}");
        Assert.Equal(whole.Options, chunked.Options);
        Assert.Equal(whole.Parts, chunked.Parts);

        // Every expiry of every underlying is in the first 36 options, so the sub-book's grid is the large book's.
        int[] sub = [.. all.Where(k => k < 36 || k % 97 == 0)];
        SimulationResult alone = Price(session, sub, Settings());
        for (int i = 0; i < sub.Length; i++) Assert.Equal(whole.Options[sub[i]], alone.Options[i]);
    }

    /// <summary>A budget below the fixed buffers plus one path is refused, naming the sizes.</summary>
    [Fact]
    public void A_budget_that_cannot_hold_one_path_is_refused()
    {
        using DeviceSession session = DeviceSelector.Open(DeviceKind.Cpu);
        int[] all = [.. Enumerable.Range(0, Options)];
        SimulationMemory needed = Price(session, all, Settings()).Memory;
        var e = Assert.Throws<InvalidOperationException>(() =>
            Price(session, all, Settings(needed.FixedBytes + needed.BytesPerPath - 1)));
        Assert.Contains("memory budget", e.Message);
    }
}
