namespace GpuRisk.Optimization;

/// <summary>Work and time of a dynamic program, for <c>gpurisk bench</c>.</summary>
/// <param name="Cells">Cells updated: regimes x mismatch points x Bellman steps, summed over every grid solved.</param>
/// <param name="Seconds">Wall time of the dynamic program (set-up and Bellman steps), seconds: a measurement, so it varies run to run, unlike every other result.</param>
public sealed record DpThroughput(long Cells, double Seconds)
{
    /// <summary>DP cells per second.</summary>
    public double CellsPerSecond => Seconds > 0 ? Cells / Seconds : double.PositiveInfinity;
}
