using System.Globalization;
using GpuRisk.Output;
using ScottPlot;

namespace GpuRisk.Stress;

/// <summary>
/// The heat map of total value change over spot x vol for one target (ScottPlot): red for losses,
/// green for gains, white at zero, every cell labelled in USD; vol up at the top, as a risk manager reads
/// the grid. Written as PNG (to open anywhere) and SVG (to embed in a report).
/// </summary>
public static class RiskMatrixHeatMap
{
    private const int CellWidthPixels = 78, RowHeightPixels = 56;

    /// <summary>The plot of <paramref name="underlying"/> ("ALL" by default).</summary>
    public static Plot Render(StressResult result, string underlying = StressResult.All)
    {
        RiskMatrixLayout m = RiskMatrixLayout.Of(result, underlying);
        var inv = CultureInfo.InvariantCulture;
        int rows = m.VolShocks.Length, columns = m.SpotShocks.Length;
        // ScottPlot draws row 0 at the top: the largest vol shock goes first. Missing cells are NaN (blank).
        var changes = new double[rows, columns];
        var plot = new Plot();
        for (int v = 0; v < rows; v++)
        {
            for (int s = 0; s < columns; s++)
            {
                StressCell? cell = m.Cells[v, s];
                changes[rows - 1 - v, s] = cell?.Total.ValueChange ?? double.NaN;
                if (cell is null) continue;
                var label = plot.Add.Text(cell.Total.ValueChange.ToString("N0", inv), s, v);
                label.LabelAlignment = Alignment.MiddleCenter;
                label.LabelFontSize = 11;
            }
        }
        var heatmap = plot.Add.Heatmap(changes);
        heatmap.Colormap = new ScottPlot.Colormaps.CustomInterpolated([Colors.Red, Colors.White, Colors.Green]);
        heatmap.NaNCellColor = Colors.Transparent;
        // Symmetric around zero and scaled to the worst loss, so losses use the whole red range; the
        // extended moves' gains (often 10x the core grid's) saturate green instead of washing losses out.
        double[] values = m.Cells.Cast<StressCell?>().Where(c => c is not null).Select(c => c!.Total.ValueChange).ToArray();
        double worstLoss = -values.DefaultIfEmpty(0).Min();
        double scale = worstLoss > 0 ? worstLoss : Math.Max(values.Select(Math.Abs).DefaultIfEmpty(0).Max(), 1);
        heatmap.ManualRange = new ScottPlot.Range(-scale, scale);
        plot.MoveToBack(heatmap);
        plot.Add.ColorBar(heatmap);
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            Enumerable.Range(0, columns).Select(i => (double)i).ToArray(),
            m.SpotShocks.Select(x => x.ToString("+0.##%;-0.##%;0%", inv)).ToArray());
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            Enumerable.Range(0, rows).Select(i => (double)i).ToArray(),
            m.VolShocks.Select(x => x.ToString("+0.####;-0.####;0", inv)).ToArray());
        plot.XLabel("spot shock");
        plot.YLabel("vol shock (at 30 days to expiry)");
        plot.Title($"Value change (USD), shocked: {underlying}");
        return plot;
    }

    /// <summary>Image width and height in pixels for <paramref name="result"/>'s grid.</summary>
    public static (int Width, int Height) Size(StressResult result, string underlying = StressResult.All)
    {
        RiskMatrixLayout m = RiskMatrixLayout.Of(result, underlying);
        return (Math.Max(640, 220 + CellWidthPixels * m.SpotShocks.Length), Math.Max(320, 160 + RowHeightPixels * m.VolShocks.Length));
    }

    /// <summary>Writes the heat map as PNG to <paramref name="pngPath"/> and SVG to <paramref name="svgPath"/>, each atomically.</summary>
    public static void Write(StressResult result, string pngPath, string svgPath, string underlying = StressResult.All)
    {
        Plot plot = Render(result, underlying);
        (int width, int height) = Size(result, underlying);
        AtomicFile.Write(pngPath, s => s.Write(plot.GetImageBytes(width, height, ImageFormat.Png)));
        AtomicFile.WriteText(svgPath, plot.GetSvgXml(width, height));
    }
}
