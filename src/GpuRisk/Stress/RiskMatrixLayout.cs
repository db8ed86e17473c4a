namespace GpuRisk.Stress;

/// <summary>
/// One target's cells laid out as a spot x vol table (the shape the heat map and the text table draw):
/// spot shocks ascending across, vol shocks ascending down; a missing combination is null.
/// </summary>
public sealed record RiskMatrixLayout(string Underlying, double[] SpotShocks, double[] VolShocks, StressCell?[,] Cells)
{
    /// <summary>The cells of <paramref name="underlying"/> (a name or "ALL") in <paramref name="result"/>.</summary>
    public static RiskMatrixLayout Of(StressResult result, string underlying)
    {
        StressCell[] cells = result.Cells.Where(c => c.Underlying == underlying).ToArray();
        double[] spots = cells.Select(c => c.SpotShock).Distinct().Order().ToArray();
        double[] vols = cells.Select(c => c.VolShock).Distinct().Order().ToArray();
        var grid = new StressCell?[vols.Length, spots.Length];
        foreach (StressCell c in cells)
        {
            grid[Array.IndexOf(vols, c.VolShock), Array.IndexOf(spots, c.SpotShock)] = c;
        }
        return new RiskMatrixLayout(underlying, spots, vols, grid);
    }
}
