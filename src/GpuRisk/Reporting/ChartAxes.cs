using System.Globalization;
using ScottPlot;

namespace GpuRisk.Reporting;

/// <summary>Axis conventions shared by the report's charts.</summary>
internal static class ChartAxes
{
    /// <summary>
    /// Ticks labelled with thousands separators (2,500,000), as the report's tables write USD: ScottPlot's
    /// default writes large values in exponent form, which a risk manager reads slower.
    /// </summary>
    public static void Thousands(IAxis axis) =>
        axis.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic
        {
            LabelFormatter = v => v.ToString("#,0.####", CultureInfo.InvariantCulture),
        };
}
