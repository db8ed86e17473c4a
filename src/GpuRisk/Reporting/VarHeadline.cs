using System.Text.Json;

namespace GpuRisk.Reporting;

/// <summary>
/// VaR and ES per horizon and level with their 95% intervals, and the P&amp;L distribution behind them
/// (mean ± 1 standard error, sd, ES contributions per underlying, regime odds at the horizon), from var.json.
/// </summary>
internal static class VarHeadline
{
    /// <summary>Writes the VaR headline of <paramref name="run"/>.</summary>
    public static void Write(RunFolder run, ReportHtml html)
    {
        if (!html.Has(run.Var)) return;
        JsonElement? root = run.Var.Root;
        html.Note("caption",
            $"Base value {ReportFormat.Number(root.Number("baseValue"))} USD; {ReportFormat.Fixed(root.Number("paths"), 0)} paths, " +
            $"seed {ReportFormat.Integer(root.Number("seed"))}. P&L is the book's value at the horizon minus its value now; " +
            "VaR and ES are losses (positive numbers). Intervals are 95%, two-sided.");

        var risk = new ReportTable(("Horizon", false), ("Level", true), ("VaR (USD)", true), ("VaR 95% interval (USD)", true),
            ("ES (USD)", true), ("ES 95% interval (USD)", true));
        var pnl = new ReportTable(("Horizon", false), ("Mean P&L ± 1 s.e. (USD)", true), ("P&L sd ± 1 s.e. (USD)", true),
            ("ES contributions at the first level (USD)", false), ("Regimes at the horizon (% ± 1 s.e.)", false), ("Revaluation error (USD)", true));
        foreach (JsonElement? h in root.Items("horizons"))
        {
            string horizon = h.Text("horizon") ?? ReportFormat.Missing;
            foreach (JsonElement? level in h.Items("levels"))
            {
                (string var, string varInterval) = ReportFormat.WithInterval(level.Number("var"), level.Number("varLow"), level.Number("varHigh"));
                (string es, string esInterval) = ReportFormat.WithInterval(level.Number("es"), level.Number("esLow"), level.Number("esHigh"));
                risk.Row(horizon, ReportFormat.Level(level.Number("level")), var, varInterval, es, esInterval);
            }
            JsonElement? distribution = h.Object("pnl");
            pnl.Row(horizon,
                ReportFormat.WithError(distribution.Number("mean"), distribution.Number("meanStderr")),
                ReportFormat.WithError(distribution.Number("sd"), distribution.Number("sdStderr")),
                List(h.Items("contributions"), c => c.Text("underlying"), c => ReportFormat.Number(c.Number("es99") ?? c.Number("es"))),
                List(h.Items("regimes"), r => r.Text("regime"), r => ReportFormat.WithError(r.Number("probability") * 100, r.Number("stderr") * 100)),
                ReportFormat.Number(h.Number("revaluationError")));
        }
        if (risk.IsEmpty)
        {
            html.Note("not-run", "var.json holds no VaR levels.");
            return;
        }
        html.Table(risk);
        html.Table(pnl);
    }

    /// <summary>"BTC 2,310,000; ETH 740,000": one name and figure per item.</summary>
    private static string List(IEnumerable<JsonElement?> items, Func<JsonElement?, string?> name, Func<JsonElement?, string> figure)
    {
        string text = string.Join("; ", items.Select(i => $"{name(i) ?? "?"} {figure(i)}"));
        return text.Length > 0 ? text : ReportFormat.Missing;
    }
}
