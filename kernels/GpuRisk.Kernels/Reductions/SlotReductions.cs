using GpuRisk.Kernels.Paths;
using ILGPU;

namespace GpuRisk.Kernels.Reductions;

/// <summary>
/// Reductions into slot accumulators. Every sum runs in a fixed order (path by path within a slot), so a result is
/// bit-for-bit the same for any chunk size and any launch shape.
/// </summary>
public static class SlotReductions
{
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
