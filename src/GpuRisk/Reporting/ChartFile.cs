using GpuRisk.Output;
using ScottPlot;

namespace GpuRisk.Reporting;

/// <summary>Writes a ScottPlot chart as PNG (to open anywhere, and for report.html) and SVG (to scale), each atomically.</summary>
internal static class ChartFile
{
    /// <summary>Writes <paramref name="plot"/> at <paramref name="width"/> x <paramref name="height"/> pixels to both paths.</summary>
    public static void Write(Plot plot, int width, int height, string pngPath, string svgPath)
    {
        AtomicFile.Write(pngPath, s => s.Write(plot.GetImageBytes(width, height, ImageFormat.Png)));
        AtomicFile.WriteText(svgPath, plot.GetSvgXml(width, height));
    }
}
