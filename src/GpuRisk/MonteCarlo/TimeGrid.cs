namespace GpuRisk.MonteCarlo;

/// <summary>
/// The simulation time grid: uniform with <c>stepsPerDay</c> steps per day, holding every expiry
/// exactly. An expiry replaces the nearest uniform point when it is free (steps stay between half
/// and one and a half uniform steps long, so no step is tiny), otherwise it is inserted.
/// </summary>
public sealed class TimeGrid
{
    private readonly double[] times;

    private TimeGrid(double[] times, int stepsPerDay)
    {
        this.times = times;
        StepsPerDay = stepsPerDay;
    }

    /// <summary>Steps per day of the uniform part.</summary>
    public int StepsPerDay { get; }

    /// <summary>Number of steps (points minus one).</summary>
    public int Steps => times.Length - 1;

    /// <summary>Time of point <paramref name="i"/>, years (point 0 is 0).</summary>
    public double Time(int i) => times[i];

    /// <summary>Length of step <paramref name="step"/>, years.</summary>
    public double Dt(int step) => times[step + 1] - times[step];

    /// <summary>The calendar day (0-based, ACT/365) in which step <paramref name="step"/> ends: the regime chain's day after it.</summary>
    public int EndDay(int step) => (int)Math.Floor(times[step + 1] * 365.0 + 1e-9);

    /// <summary>Index of grid point <paramref name="years"/> (must be one).</summary>
    public int PointAt(double years)
    {
        int i = Array.BinarySearch(times, years);
        if (i < 0) throw new ArgumentException($"{years} years is not a point of the grid", nameof(years));
        return i;
    }

    /// <summary>Index of the step that ends exactly at <paramref name="years"/> (must be a grid point).</summary>
    public int StepEndingAt(double years)
    {
        int i = PointAt(years);
        if (i == 0) throw new ArgumentException("time 0 ends no step", nameof(years));
        return i - 1;
    }

    /// <summary>The grid up to the latest of <paramref name="instantsYears"/> (each &gt; 0), holding each exactly.</summary>
    public static TimeGrid Build(IEnumerable<double> instantsYears, int stepsPerDay)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(stepsPerDay, 1);
        double[] instants = instantsYears.Distinct().Order().ToArray();
        if (instants.Length == 0 || instants[0] <= 0)
            throw new ArgumentException("need at least one instant, all after time 0", nameof(instantsYears));
        double dt = 1.0 / (365.0 * stepsPerDay);
        double last = instants[^1];
        int uniformCount = (int)Math.Ceiling(last / dt - 1e-9);
        var points = new double[uniformCount + 1];
        for (int k = 0; k <= uniformCount; k++) points[k] = k * dt;
        var claimed = new bool[uniformCount + 1];
        claimed[0] = true;
        var extra = new List<double>();
        foreach (double t in instants)
        {
            int k = (int)Math.Round(t / dt);
            if (k >= 1 && k <= uniformCount && !claimed[k])
            {
                points[k] = t;
                claimed[k] = true;
            }
            else
            {
                extra.Add(t);
            }
        }
        double[] all = points.Where(p => p <= last).Concat(extra).Distinct().Order().ToArray();
        return new TimeGrid(all, stepsPerDay);
    }

    /// <summary>A uniform grid of <paramref name="steps"/> steps of 1 / (365 stepsPerDay) years (for horizons and benchmarks).</summary>
    public static TimeGrid Uniform(int steps, int stepsPerDay)
    {
        double dt = 1.0 / (365.0 * stepsPerDay);
        return new TimeGrid(Enumerable.Range(0, steps + 1).Select(k => k * dt).ToArray(), stepsPerDay);
    }
}
