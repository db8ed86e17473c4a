using System.Numerics;
using GpuRisk.Kernels.Numerics;
using GpuRisk.Kernels.Paths;
using ILGPU;

namespace GpuRisk.Kernels.Payoffs;

/// <summary>
/// Each path's value of every book part (a book, one underlying's positions, a stress cell's change against the
/// base book) in USD: per <see cref="PartSegment"/>, a binary search for the group's X among the segment's kinks
/// and one linear function, so a path costs O(log strikes) per (part, expiry group), not one payoff per option.
/// The parts' standard errors come from these per-path values, so correlations between positions on common
/// paths are counted.
/// </summary>
public static class BookPartValues
{
    /// <summary>
    /// The kernel: <paramref name="threads"/> threads stride over the chunk's paths; path i (in the chunk) writes
    /// part p at <paramref name="values"/>[p x Paths + i], in path order. Every part has at least one segment.
    /// </summary>
    public static void Kernel<T, TMath>(Index1D thread, ArrayView<PartSegment> segments, ArrayView<KinkPrefix> kinks,
        ArrayView<T> records, ArrayView<double> values, RecordLayout layout, int threads)
        where T : unmanaged, INumber<T> where TMath : struct, IRealMath<T>
    {
        for (int i = thread; i < layout.Paths; i += threads)
        {
            int position = layout.Position(layout.PathStart + i);
            int part = segments[0].Part;
            double sum = 0.0;
            for (int s = 0; s < segments.IntLength; s++)
            {
                PartSegment segment = segments[s];
                if (segment.Part != part)
                {
                    values[(long)part * layout.Paths + i] = sum;
                    part = segment.Part;
                    sum = 0.0;
                }
                double x = TMath.ToDouble(records[layout.Index(segment.Group, ExpiryRecordField.Spot, position)]);
                KinkPrefix e = kinks[segment.First + KinksBelow(kinks, segment, x)];
                sum += x * e.CallSlope - e.CallOffset + e.PutOffset - x * e.PutSlope;
            }
            values[(long)part * layout.Paths + i] = sum;
        }
    }

    /// <summary>How many of the segment's kinks lie below <paramref name="x"/> (binary search; a kink at x adds nothing either way).</summary>
    private static int KinksBelow(ArrayView<KinkPrefix> kinks, in PartSegment segment, double x)
    {
        int low = 0, high = segment.Kinks;
        while (low < high)
        {
            int middle = (low + high) >> 1;
            if (kinks[segment.First + middle].Strike < x) low = middle + 1;
            else high = middle;
        }
        return low;
    }
}
