using System.Text.Json;

namespace GpuRisk.Reporting;

/// <summary>
/// The book's value and Greeks by each method in summary.json (analytic, Monte Carlo with standard
/// errors), and how far Monte Carlo lies from the analytic value in standard errors: the nightly sanity
/// check (beyond about 3 standard errors something is wrong).
/// </summary>
internal static class ValuationHeadline
{
    private const double AlarmStandardErrors = 3;

    /// <summary>Writes the valuation headline of <paramref name="run"/>.</summary>
    public static void Write(RunFolder run, ReportHtml html)
    {
        if (!html.Has(run.Summary)) return;
        var table = new ReportTable(("Method", false), ("Book value (USD)", true), ("Delta (coins)", true),
            ("Gamma (coins per USD)", true), ("Vega (USD per vol point)", true), ("Theta (USD per day)", true), ("Paths", true));
        foreach ((string method, JsonElement? v) in run.Summary.Root.Object("valuation").Properties())
        {
            double? paths = v.Number("paths");
            table.Row(method == "mc" ? "Monte Carlo" : method,
                ReportFormat.WithError(v.Number("value"), v.Number("stderr")),
                ReportFormat.WithError(v.Number("delta"), v.Number("deltaStderr")),
                ReportFormat.WithError(v.Number("gamma"), v.Number("gammaStderr")),
                ReportFormat.WithError(v.Number("vega"), v.Number("vegaStderr")),
                ReportFormat.WithError(v.Number("theta"), v.Number("thetaStderr")),
                paths > 0 ? ReportFormat.Fixed(paths, 0) : ReportFormat.Missing);
        }
        if (table.IsEmpty)
        {
            html.Note("not-run", "summary.json holds no valuation yet.");
            return;
        }
        html.Table(table);
        html.Note("caption", "Monte Carlo figures are shown ± 1 standard error.");
        JsonElement? agreement = run.Summary.Root.Object("mcMinusAnalytic");
        if (agreement.Number("value") is { } difference && agreement.Number("standardErrors") is { } z)
        {
            bool alarm = Math.Abs(z) > AlarmStandardErrors;
            html.Note(alarm ? "warn" : "caption",
                $"Monte Carlo minus analytic: {ReportFormat.Number(difference)} USD, {ReportFormat.Fixed(z, 2)} standard errors"
                + (alarm ? $" (beyond {AlarmStandardErrors:0}: check the run)." : "."));
        }
    }
}
