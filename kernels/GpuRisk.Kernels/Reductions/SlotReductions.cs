using GpuRisk.Kernels.Paths;
using ILGPU;

namespace GpuRisk.Kernels.Reductions;

/// <summary>
/// Reductions over slot accumulators. Every sum runs in a fixed order (slot by slot, path by
/// path), so a result is bit-for-bit the same for any chunk size and any launch shape.
/// </summary>
public static class SlotReductions
{
    /// <summary>
    /// sums[row x Batches + b] = sum over slots s with s mod Batches = b of accumulators[row x Slots + s],
    /// one thread per (row, batch). Path p sits in slot p mod Slots, so batch b holds exactly the paths
    /// p mod Batches = b: independent batches, for batch-means standard errors of the Greeks.
    /// </summary>
    public static void SumRows(Index1D cell, ArrayView<double> accumulators, ArrayView<double> sums, SlotLayout layout)
    {
        if (cell >= layout.Rows * layout.Batches)
        {
            return;
        }
        int row = cell / layout.Batches;
        int batch = cell - row * layout.Batches;
        double total = 0.0;
        long offset = (long)row * layout.Slots;
        for (int slot = batch; slot < layout.Slots; slot += layout.Batches)
        {
            total += accumulators[offset + slot];
        }
        sums[cell] = total;
    }

    /// <summary>
    /// Adds each path's book value and its square to the path's slot: rows 0 (sum) and 1 (sum of
    /// squares) of <paramref name="accumulators"/>. One thread per slot; per-thread sums, no atomics.
    /// </summary>
    public static void BookMoments(Index1D slot, ArrayView<double> bookPerPath, ArrayView<double> accumulators, SlotLayout layout)
    {
        // Start from the running totals so the summation order is path by path whatever the chunking.
        double sum = accumulators[slot];
        double squares = accumulators[layout.Slots + slot];
        for (long path = Slots.FirstPath(layout.PathStart, slot, layout.Slots); path < layout.PathEnd; path += layout.Slots)
        {
            double b = bookPerPath[path - layout.PathStart];
            sum += b;
            squares += b * b;
        }
        accumulators[slot] = sum;
        accumulators[layout.Slots + slot] = squares;
    }
}
