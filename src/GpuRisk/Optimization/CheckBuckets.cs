using GpuRisk.Books;
using GpuRisk.Markets;

namespace GpuRisk.Optimization;

/// <summary>
/// The horizon's check intervals split into contiguous time buckets: the optimizer estimates a transition law for each
/// (<see cref="TransitionLawEstimator"/>) and solves bands for each (<see cref="BandOptimizer.Schedule"/>).
/// </summary>
/// <remarks>
/// <para>
/// The rule: a bucket starts at the first check at or after each option expiry inside the horizon, where the book's
/// gamma jumps, and at each quarter of the horizon's checks, where it drifts as expiries near; at most
/// <see cref="MaxBuckets"/> buckets, the expiries' starts taken first (earliest first), then the quarters'.
/// Starts that fall on the same check are one.
/// </para>
/// <para>
/// Interval k runs from check k to check k + 1 (check 0 is the valuation time) and belongs to the bucket holding check
/// k, whose decision it follows. An option expiring inside an interval settles before the check that ends it, so its
/// last move counts in the bucket before its expiry and every later interval sees the book without it.
/// </para>
/// </remarks>
public sealed class CheckBuckets
{
    /// <summary>The most buckets the rule makes.</summary>
    public const int MaxBuckets = 8;

    /// <summary>Equal parts the horizon is split into besides the expiries.</summary>
    public const int Parts = 4;

    // An expiry on a check's instant, in years computed two ways (days / 365, k x check length), is that check.
    private const double SameInstantYears = 1e-9;

    private readonly int[] _first;

    /// <summary>Buckets starting at the intervals <paramref name="firstInterval"/> of <paramref name="intervals"/>.</summary>
    /// <exception cref="ArgumentException">No interval, or starts that are not 0 first, strictly increasing and inside the horizon.</exception>
    public CheckBuckets(IReadOnlyList<int> firstInterval, int intervals)
    {
        if (intervals < 1) throw new ArgumentException($"buckets: {intervals} intervals; need >= 1", nameof(intervals));
        if (firstInterval.Count == 0 || firstInterval[0] != 0) throw new ArgumentException("buckets: the first starts at interval 0", nameof(firstInterval));
        for (int b = 1; b < firstInterval.Count; b++)
        {
            if (firstInterval[b] <= firstInterval[b - 1] || firstInterval[b] >= intervals)
                throw new ArgumentException($"buckets: start {firstInterval[b]} must follow {firstInterval[b - 1]} and come before {intervals}", nameof(firstInterval));
        }
        _first = [.. firstInterval];
        Intervals = intervals;
    }

    /// <summary>One bucket over the whole horizon.</summary>
    public static CheckBuckets Whole(int intervals) => new([0], intervals);

    /// <summary>Check intervals over the horizon.</summary>
    public int Intervals { get; }

    /// <summary>Number of buckets.</summary>
    public int Count => _first.Length;

    /// <summary>Per bucket, its first interval (the check it starts at), ascending, the first 0.</summary>
    public IReadOnlyList<int> FirstInterval => _first;

    /// <summary>Intervals (checks) in bucket <paramref name="bucket"/>.</summary>
    public int Checks(int bucket) => (bucket + 1 < Count ? _first[bucket + 1] : Intervals) - _first[bucket];

    /// <summary>The bucket of interval <paramref name="interval"/>.</summary>
    public int Of(int interval)
    {
        int b = 0;
        while (b + 1 < Count && interval >= _first[b + 1]) b++;
        return b;
    }

    /// <summary>The rule's buckets for <paramref name="book"/> checked at <paramref name="observationYears"/> (0 first).</summary>
    public static CheckBuckets For(Book book, MarketSnapshot market, IReadOnlyList<double> observationYears)
    {
        int intervals = observationYears.Count - 1;
        int[] expiries = [.. book.Positions.Where(p => p.IsOption).Select(p => market.YearsTo(p.Expiry!.Value))
            .Select(t => FirstCheckAtOrAfter(observationYears, t)).Where(k => k > 0 && k < intervals).Distinct().Order()];
        int[] quarters = [.. Enumerable.Range(1, Parts - 1).Select(j => (int)Math.Round((double)intervals * j / Parts)).Where(k => k > 0 && k < intervals)];
        var starts = new SortedSet<int> { 0 };
        foreach (int k in expiries.Concat(quarters))
        {
            if (starts.Count == MaxBuckets) break;
            starts.Add(k);
        }
        return new CheckBuckets([.. starts], intervals);
    }

    private static int FirstCheckAtOrAfter(IReadOnlyList<double> observationYears, double years)
    {
        for (int k = 0; k < observationYears.Count; k++)
        {
            if (observationYears[k] >= years - SameInstantYears) return k;
        }
        return observationYears.Count;
    }
}
