using System.Text.Json;

namespace GpuRisk.Reporting;

/// <summary>The worst cell of the risk matrix (risk_matrix.json): its scenario and the book's value change there.</summary>
internal static class StressHeadline
{
    /// <summary>Writes the stress headline of <paramref name="run"/>.</summary>
    public static void Write(RunFolder run, ReportHtml html)
    {
        if (!html.Has(run.Stress)) return;
        JsonElement? root = run.Stress.Root;
        JsonElement? worst = root.Object("worst");
        if (worst is null)
        {
            html.Note("not-run", "risk_matrix.json names no worst cell.");
            return;
        }
        var table = new ReportTable(("Shocked", false), ("Spot shock", true), ("Vol shock (vol, decimal)", true),
            ("Value change (USD)", true), ("Base value (USD)", true), ("Cells", true), ("Method", false));
        table.Row(worst.Text("underlying") ?? ReportFormat.Missing,
            ReportFormat.SignedPercent(worst.Number("spotShock")),
            ReportFormat.Signed(worst.Number("volShock")),
            ReportFormat.WithError(worst.Number("valueChange"), worst.Number("valueChangeStderr")),
            ReportFormat.Number(root.Number("baseValue")),
            ReportFormat.Fixed(root.Items("cells").Count(), 0),
            root.Text("method") ?? ReportFormat.Missing);
        html.Table(table);
        html.Note("caption", "The worst cell of the whole grid (Deribit's portfolio-margin grid by default, extended moves included): " +
            "spot moved relative to today on the underlying named (ALL: every underlying at once); vol moved by the " +
            "amount shown at 30 days to expiry (0.45 = +45 vol points), scaled per position by time to expiry.");
    }
}
