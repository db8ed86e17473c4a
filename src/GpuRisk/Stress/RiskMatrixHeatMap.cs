using System.Globalization;
using System.Security;
using System.Text;
using GpuRisk.Output;

namespace GpuRisk.Stress;

/// <summary>
/// The heat map of total value change over spot x vol for one target, as an SVG file: red for losses,
/// green for gains, white at zero (colour scaled by the largest |change|), each cell labelled in USD.
/// </summary>
/// <remarks>
/// Written as SVG text rather than through ScottPlot so that it renders anywhere (no native Skia
/// library on a headless CI machine) and embeds directly in report.html.
/// </remarks>
public static class RiskMatrixHeatMap
{
    private const int CellWidth = 86, CellHeight = 34, Left = 90, Top = 50;

    /// <summary>The SVG document for <paramref name="underlying"/> ("ALL" by default).</summary>
    public static string Render(StressResult result, string underlying = StressResult.All)
    {
        RiskMatrixLayout m = RiskMatrixLayout.Of(result, underlying);
        var inv = CultureInfo.InvariantCulture;
        int width = Left + CellWidth * m.SpotShocks.Length + 20, height = Top + CellHeight * m.VolShocks.Length + 50;
        // Colour depth is scaled to the worst loss, so losses use the whole red range; the extended
        // moves' gains (often 10x the core grid's) clip at full green instead of washing losses out.
        double[] changes = result.Cells.Where(c => c.Underlying == underlying).Select(c => c.Total.ValueChange).ToArray();
        double worstLoss = -changes.DefaultIfEmpty(0).Min();
        double scale = worstLoss > 0 ? worstLoss : changes.Select(Math.Abs).DefaultIfEmpty(0).Max();
        var sb = new StringBuilder();
        sb.Append(inv, $"""<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" font-family="sans-serif" font-size="11">""").AppendLine();
        sb.Append(inv, $"""<text x="{Left}" y="20" font-size="14">Value change (USD), shocked: {SecurityElement.Escape(underlying)}</text>""").AppendLine();
        sb.Append(inv, $"""<text x="{Left + CellWidth * m.SpotShocks.Length / 2}" y="{height - 10}" text-anchor="middle">spot shock</text>""").AppendLine();
        sb.Append(inv, $"""<text x="14" y="{Top + CellHeight * m.VolShocks.Length / 2}" transform="rotate(-90 14 {Top + CellHeight * m.VolShocks.Length / 2})" text-anchor="middle">vol shock</text>""").AppendLine();
        for (int s = 0; s < m.SpotShocks.Length; s++)
        {
            sb.Append(inv, $"""<text x="{Left + CellWidth * s + CellWidth / 2}" y="{Top - 6}" text-anchor="middle">{m.SpotShocks[s].ToString("+0.##%;-0.##%;0%", inv)}</text>""").AppendLine();
        }
        for (int v = 0; v < m.VolShocks.Length; v++)
        {
            // Vol up at the top, as a risk manager reads the grid.
            int y = Top + CellHeight * (m.VolShocks.Length - 1 - v);
            sb.Append(inv, $"""<text x="{Left - 6}" y="{y + CellHeight / 2 + 4}" text-anchor="end">{m.VolShocks[v].ToString("+0.####;-0.####;0", inv)}</text>""").AppendLine();
            for (int s = 0; s < m.SpotShocks.Length; s++)
            {
                if (m.Cells[v, s] is not { } c) continue;
                int x = Left + CellWidth * s;
                double change = c.Total.ValueChange;
                sb.Append(inv, $"""<rect x="{x}" y="{y}" width="{CellWidth}" height="{CellHeight}" fill="{Colour(change, scale)}" stroke="#ffffff"/>""").AppendLine();
                sb.Append(inv, $"""<text x="{x + CellWidth / 2}" y="{y + CellHeight / 2 + 4}" text-anchor="middle">{change.ToString("N0", inv)}</text>""").AppendLine();
            }
        }
        sb.AppendLine("</svg>");
        return sb.ToString();
    }

    /// <summary>Writes the SVG to <paramref name="path"/> atomically.</summary>
    public static void Write(StressResult result, string path, string underlying = StressResult.All) =>
        AtomicFile.WriteText(path, Render(result, underlying));

    private static string Colour(double change, double scale)
    {
        double t = scale > 0 ? Math.Clamp(Math.Abs(change) / scale, 0, 1) : 0;
        int fade = (int)Math.Round(255 * (1 - 0.75 * t));
        return change < 0 ? $"#ff{fade:x2}{fade:x2}" : $"#{fade:x2}ff{fade:x2}";
    }
}
