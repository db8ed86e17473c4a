using ILGPU;

namespace GpuRisk.Kernels.Hedging;

/// <summary>
/// The time buckets of a thresholds schedule: bucket b is in force from <see cref="StartYears"/>[b] until the next
/// bucket's start (the last one to the horizon). One bucket starting at 0 is a policy without a schedule.
/// </summary>
public struct ScheduleBuckets
{
    /// <summary>
    /// How far before its start a bucket already applies, years (about 30 ms): a start written in hours, rounded to the
    /// microsecond, still lands on the check it was computed from.
    /// </summary>
    public const double ToleranceYears = 1e-9;

    /// <summary>Start of each bucket, years from the valuation time, ascending, the first 0.</summary>
    public ArrayView<double> StartYears;

    /// <summary>Number of buckets.</summary>
    public readonly int Count => (int)StartYears.Length;

    /// <summary>The bucket in force at <paramref name="years"/>: a linear scan, schedules hold a handful of buckets.</summary>
    public readonly int At(double years)
    {
        int bucket = 0;
        while (bucket + 1 < Count && years >= StartYears[bucket + 1] - ToleranceYears) bucket++;
        return bucket;
    }
}
