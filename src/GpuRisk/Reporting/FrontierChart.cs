using System.Globalization;
using ScottPlot;

namespace GpuRisk.Reporting;

/// <summary>
/// The cost/risk frontier (ScottPlot): the DP's policies, one point per risk aversion G joined by a
/// line and labelled with G, and each policy run beside them as its own marker, named in the legend,
/// with ±1 standard error bars on both axes where given. Down and left is better: a marker above and
/// right of the line is dominated. Written as <c>frontier.png</c> (which report.html embeds) and
/// <c>frontier.svg</c>.
/// </summary>
public static class FrontierChart
{
    /// <summary>File names inside the output folder.</summary>
    public const string PngFileName = "frontier.png", SvgFileName = "frontier.svg";

    /// <summary>Picture size in pixels.</summary>
    public const int Width = 1000, Height = 600;

    private static readonly MarkerShape[] Shapes =
    [
        MarkerShape.FilledSquare, MarkerShape.FilledTriangleUp, MarkerShape.FilledDiamond, MarkerShape.FilledTriangleDown,
        MarkerShape.OpenCircle, MarkerShape.OpenSquare, MarkerShape.OpenTriangleUp, MarkerShape.OpenDiamond, MarkerShape.Eks,
    ];

    /// <summary>The chart of <paramref name="frontier"/> and <paramref name="policies"/> (either may be empty).</summary>
    /// <param name="frontier">The DP frontier, any order (drawn by increasing error sd).</param>
    /// <param name="policies">Policies to mark: the baselines and, typically, the optimizer's thresholds out of sample.</param>
    public static Plot Render(IReadOnlyList<FrontierPoint> frontier, IReadOnlyList<PolicyMarker> policies)
    {
        var inv = CultureInfo.InvariantCulture;
        var plot = new Plot();
        FrontierPoint[] line = frontier.OrderBy(p => p.ErrorSdPerDayUsd).ToArray();
        if (line.Length > 0)
        {
            var scatter = plot.Add.Scatter(line.Select(p => p.ErrorSdPerDayUsd).ToArray(), line.Select(p => p.CostPerDayUsd).ToArray(), Colors.Black);
            scatter.LegendText = "DP thresholds, one point per risk aversion G (1/USD)";
            scatter.MarkerSize = 6;
            foreach (FrontierPoint p in line)
            {
                var label = plot.Add.Text("G=" + p.RiskAversionPerUsd.ToString("0.##e-0", inv), p.ErrorSdPerDayUsd, p.CostPerDayUsd);
                label.LabelFontSize = 10;
                label.LabelFontColor = Colors.DimGray;
                // Below and left of the point: the line falls to the right and the policies it beats lie above
                // and right of it, so labels there cover nothing.
                label.LabelAlignment = Alignment.UpperRight;
                label.OffsetX = -4;
            }
        }
        var palette = new ScottPlot.Palettes.Category10();
        for (int i = 0; i < policies.Count; i++)
        {
            PolicyMarker m = policies[i];
            // Colour 0 of Category10 is close to the frontier's black line at small sizes; start at 1.
            Color color = palette.GetColor(i + 1);
            if (m.CostStderrUsd is not null || m.ErrorSdStderrUsd is not null)
            {
                double xe = m.ErrorSdStderrUsd ?? 0, ye = m.CostStderrUsd ?? 0;
                plot.Add.Plottable(new ScottPlot.Plottables.ErrorBar([m.ErrorSdPerDayUsd], [m.CostPerDayUsd], [xe], [xe], [ye], [ye])
                {
                    LineColor = color, LineWidth = 1.5f,
                });
            }
            var marker = plot.Add.Marker(m.ErrorSdPerDayUsd, m.CostPerDayUsd, Shapes[i % Shapes.Length], 11, color);
            marker.LegendText = m.Name;
        }
        // Upper right is the empty corner of a frontier (dear and risky at once): the legend covers no point there.
        plot.ShowLegend(Alignment.UpperRight);
        // Room left of the leftmost point for its G label.
        plot.Axes.Margins(horizontal: 0.2, vertical: 0.08);
        ChartAxes.Thousands(plot.Axes.Bottom);
        ChartAxes.Thousands(plot.Axes.Left);
        plot.Title("Cost/risk frontier (lower left is better)");
        plot.XLabel("hedging-error sd (USD per day)");
        plot.YLabel("expected cost (USD per day)");
        return plot;
    }

    /// <summary>Writes <see cref="PngFileName"/> and <see cref="SvgFileName"/> into <paramref name="folder"/>, each atomically.</summary>
    /// <inheritdoc cref="Render" path="/param"/>
    /// <param name="folder">The output folder.</param>
    public static void Write(IReadOnlyList<FrontierPoint> frontier, IReadOnlyList<PolicyMarker> policies, string folder) =>
        ChartFile.Write(Render(frontier, policies), Width, Height, Path.Combine(folder, PngFileName), Path.Combine(folder, SvgFileName));
}
