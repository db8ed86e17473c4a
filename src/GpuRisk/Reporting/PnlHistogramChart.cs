using System.Globalization;
using ScottPlot;

namespace GpuRisk.Reporting;

/// <summary>
/// The histogram of a horizon's P&amp;L over the simulated paths (ScottPlot), with a dashed line at -VaR
/// and a solid line at -ES for each confidence level, labelled in the legend with their values in USD.
/// Bins left of the first level's -VaR (the tail VaR speaks of) are drawn in red. The x axis spans the
/// 0.05% to 99.95% quantiles, widened to show every ES line; the share of paths beyond it is stated.
/// Written as <c>pnl_histogram_&lt;horizon&gt;.png</c> (which report.html embeds) and <c>.svg</c>.
/// </summary>
public static class PnlHistogramChart
{
    /// <summary>Picture size in pixels.</summary>
    public const int Width = 760, Height = 440;

    private const string Prefix = "pnl_histogram_";
    private const int Bins = 80;
    private const double AxisTail = 0.0005;
    private static readonly Color BodyColor = Color.FromHex("#4c72b0"), TailColor = Color.FromHex("#d9534f");
    private static readonly Color[] LevelColors = [Colors.DarkOrange, Colors.Crimson, Colors.Purple, Colors.Black];

    /// <summary>The PNG's name for <paramref name="horizon"/> (pnl_histogram_1d.png).</summary>
    public static string PngFileName(string horizon) => $"{Prefix}{horizon}.png";

    /// <summary>The SVG's name for <paramref name="horizon"/> (pnl_histogram_1d.svg).</summary>
    public static string SvgFileName(string horizon) => $"{Prefix}{horizon}.svg";

    /// <summary>The horizon of a histogram PNG's file name; null when the name is not one.</summary>
    internal static string? HorizonOf(string fileName) =>
        fileName.StartsWith(Prefix, StringComparison.Ordinal) && fileName.EndsWith(".png", StringComparison.Ordinal)
        && fileName.Length > Prefix.Length + 4 ? fileName[Prefix.Length..^4] : null;

    /// <summary>The histogram of <paramref name="pnlUsd"/> with <paramref name="marks"/> drawn on it.</summary>
    /// <param name="pnlUsd">P&amp;L per path over the horizon, USD (value at the horizon minus value now).</param>
    /// <param name="horizon">The horizon as the command line writes it (1d, 7d), for the titles.</param>
    /// <param name="marks">VaR and ES per level, first level first (its VaR colours the tail).</param>
    /// <exception cref="ArgumentException"><paramref name="pnlUsd"/> is empty or holds a value that is not finite.</exception>
    public static Plot Render(ReadOnlySpan<double> pnlUsd, string horizon, IReadOnlyList<VarMark> marks)
    {
        if (pnlUsd.IsEmpty) throw new ArgumentException("no P&L samples to draw", nameof(pnlUsd));
        double[] sorted = pnlUsd.ToArray();
        Array.Sort(sorted);
        if (!double.IsFinite(sorted[0]) || !double.IsFinite(sorted[^1])) throw new ArgumentException("P&L samples must be finite", nameof(pnlUsd));

        double deepest = marks.Select(m => Math.Max(m.VarUsd, m.EsUsd)).DefaultIfEmpty(0).Max();
        double low = Math.Min(Quantile(sorted, AxisTail), -1.08 * deepest), high = Quantile(sorted, 1 - AxisTail);
        if (high <= low)
        {
            // Every sample is the same number (a book with no risk over the horizon): a narrow axis around it.
            double pad = Math.Max(1, Math.Abs(low) * 0.01);
            (low, high) = (low - pad, low + pad);
        }
        double width = (high - low) / Bins;
        var counts = new int[Bins];
        int outside = 0;
        foreach (double x in sorted)
        {
            if (x < low || x > high) { outside++; continue; }
            counts[Math.Min((int)((x - low) / width), Bins - 1)]++;
        }

        var inv = CultureInfo.InvariantCulture;
        var plot = new Plot();
        double tailEdge = marks.Count > 0 ? -marks[0].VarUsd : double.NegativeInfinity;
        plot.Add.Bars(Enumerable.Range(0, Bins).Select(i =>
        {
            double centre = low + (i + 0.5) * width;
            return new Bar
            {
                Position = centre, Value = 100.0 * counts[i] / sorted.Length, Size = width,
                FillColor = centre < tailEdge ? TailColor : BodyColor, LineWidth = 0,
            };
        }).ToArray());
        for (int i = 0; i < marks.Count; i++)
        {
            Color color = LevelColors[i % LevelColors.Length];
            string level = (marks[i].Level * 100).ToString("0.###", inv) + "%";
            var varLine = plot.Add.VerticalLine(-marks[i].VarUsd, 2, color, LinePattern.Dashed);
            varLine.LegendText = $"VaR {level} = {marks[i].VarUsd.ToString("N0", inv)} USD";
            var esLine = plot.Add.VerticalLine(-marks[i].EsUsd, 2, color, LinePattern.Solid);
            esLine.LegendText = $"ES {level} = {marks[i].EsUsd.ToString("N0", inv)} USD";
        }
        plot.ShowLegend(Alignment.UpperRight);
        ChartAxes.Thousands(plot.Axes.Bottom);
        plot.Axes.SetLimits(low - width, high + width, 0, 1.1 * counts.Max() * 100.0 / sorted.Length);
        plot.Title($"P&L over {horizon}, {sorted.Length.ToString("N0", inv)} paths");
        string beyond = outside > 0 ? $"; {(100.0 * outside / sorted.Length).ToString("0.###", inv)}% of paths beyond the axis" : "";
        plot.XLabel($"P&L over {horizon} (USD; bins of {width.ToString("N0", inv)} USD{beyond})");
        plot.YLabel("paths per bin (%)");
        return plot;
    }

    /// <summary>
    /// Writes <see cref="PngFileName"/> and <see cref="SvgFileName"/> of <paramref name="horizon"/> into
    /// <paramref name="folder"/>, each atomically.
    /// </summary>
    /// <inheritdoc cref="Render" path="/param"/>
    /// <param name="folder">The run's output folder.</param>
    public static void Write(ReadOnlySpan<double> pnlUsd, string horizon, IReadOnlyList<VarMark> marks, string folder) =>
        ChartFile.Write(Render(pnlUsd, horizon, marks), Width, Height,
            Path.Combine(folder, PngFileName(horizon)), Path.Combine(folder, SvgFileName(horizon)));

    /// <summary>The order statistic at probability <paramref name="p"/> of sorted samples (nearest rank; enough to scale an axis).</summary>
    private static double Quantile(double[] sorted, double p) => sorted[(int)Math.Clamp(p * (sorted.Length - 1), 0, sorted.Length - 1)];
}
