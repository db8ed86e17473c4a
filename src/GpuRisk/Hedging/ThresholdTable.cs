namespace GpuRisk.Hedging;

/// <summary>
/// A thresholds file as the device replays it (<see cref="Kernels.Hedging.ThresholdsRule"/>, <see cref="TradeLimits"/>):
/// time buckets starting at every step start any of its schedules has (one bucket from 0 for a file without
/// schedules), and per ((slot x regimes + regime) x buckets + bucket) the thresholds of the step in force at the
/// bucket's start.
/// </summary>
/// <remarks>
/// Schedules may start their steps at different times per underlying and regime; the union of their starts splits the
/// horizon so that within each bucket every (slot, regime) has one step. A slot the book does not hedge gets zeros.
/// </remarks>
public sealed class ThresholdTable
{
    private const double HoursPerYear = 24 * 365.0;

    private ThresholdTable(double[] startYears, double[] band, double[] reset, double[] minTrade, double[] cooldownYears)
    {
        StartYears = startYears;
        Band = band;
        Reset = reset;
        MinTrade = minTrade;
        CooldownYears = cooldownYears;
    }

    /// <summary>Start of each bucket, years from the valuation time (ACT/365), ascending, the first 0.</summary>
    public double[] StartYears { get; }

    /// <summary>Band half-width per cell and bucket, coins.</summary>
    public double[] Band { get; }

    /// <summary>Reset distance per cell and bucket, coins.</summary>
    public double[] Reset { get; }

    /// <summary>Smallest trade per cell and bucket, coins.</summary>
    public double[] MinTrade { get; }

    /// <summary>Cooldown per cell and bucket, years (a regime's cooldownHours holds in every bucket).</summary>
    public double[] CooldownYears { get; }

    /// <summary>The table of a thresholds policy's entries per (slot x regimes + regime) (<see cref="PolicyFactory.ThresholdEntries"/>).</summary>
    public static ThresholdTable Of(IReadOnlyList<ThresholdEntry?> entries)
    {
        double[] startHours = [.. entries.OfType<ThresholdEntry>().SelectMany(e => e.Steps()).Select(s => s.FromHours).Append(0.0).Distinct().Order()];
        int buckets = startHours.Length;
        var band = new double[entries.Count * buckets];
        var reset = new double[band.Length];
        var minTrade = new double[band.Length];
        var cooldownYears = new double[band.Length];
        for (int cell = 0; cell < entries.Count; cell++)
        {
            if (entries[cell] is not { } entry) continue;
            IReadOnlyList<ThresholdStep> steps = entry.Steps();
            for (int b = 0; b < buckets; b++)
            {
                // Bucket starts are the steps' own starts, so the step in force compares exactly.
                ThresholdStep step = steps.Last(s => s.FromHours <= startHours[b]);
                int at = cell * buckets + b;
                band[at] = step.Band;
                reset[at] = step.Reset;
                minTrade[at] = step.MinTrade;
                cooldownYears[at] = entry.CooldownHours / HoursPerYear;
            }
        }
        return new ThresholdTable([.. startHours.Select(h => h / HoursPerYear)], band, reset, minTrade, cooldownYears);
    }
}
