namespace GpuRisk.Reporting;

/// <summary>The P&amp;L histogram of every horizon the var stage drew (<c>pnl_histogram_&lt;horizon&gt;.png</c>), shortest first.</summary>
internal static class HistogramSection
{
    /// <summary>Writes the histograms of <paramref name="run"/>; a file that is not a PNG is left out.</summary>
    public static void Write(RunFolder run, ReportHtml html)
    {
        IReadOnlyList<string> horizons = run.HistogramHorizons();
        if (horizons.Count == 0)
        {
            if (html.Has(run.Var)) html.Note("not-run", $"No P&L histogram pictures ({PnlHistogramChart.PngFileName("<horizon>")}) are in this folder.");
            return;
        }
        html.Figures(() =>
        {
            foreach (string horizon in horizons)
            {
                if (run.Picture(PnlHistogramChart.PngFileName(horizon)) is { } png)
                {
                    html.Picture(png, $"P&L over {horizon} (USD), VaR dashed and ES solid per level");
                }
            }
        });
    }
}
