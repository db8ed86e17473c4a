using System.Text.Json;

namespace GpuRisk.Reporting;

/// <summary>
/// Rebalancing policies side by side on the same paths (backtest.json): P&amp;L after costs, costs and
/// hedging error, each ± 1 standard error, the 99% ES and gap risk with their 95% intervals, trading
/// frequency, and the CPPI floor where a policy has one.
/// </summary>
internal static class BacktestHeadline
{
    private const double HeadlineEsLevel = 0.99;

    /// <summary>
    /// The policies of a backtest.json: its <c>policies</c> array, or the root itself when the file is
    /// a bare array of DESIGN.md's policy objects.
    /// </summary>
    public static IEnumerable<JsonElement?> Policies(JsonElement? root) =>
        root is { ValueKind: JsonValueKind.Array } ? root.Items() : root.Items("policies");

    /// <summary>Writes the backtest headline of <paramref name="run"/>.</summary>
    public static void Write(RunFolder run, ReportHtml html)
    {
        if (!html.Has(run.Backtest)) return;
        JsonElement? root = run.Backtest.Root;
        JsonElement?[] policies = Policies(root).ToArray();
        if (policies.Length == 0)
        {
            html.Note("not-run", "backtest.json holds no policies.");
            return;
        }
        string horizon = root.Text("horizon") is { } h ? $"the {h} horizon" : "the backtest horizon";
        string limits = string.Join(", ", policies.Select(p => p.Object("gap").Number("limit")).OfType<double>().Distinct()
            .Select(l => ReportFormat.Number(l)));
        html.Note("caption",
            $"Over {horizon}" + (root.Text("check") is { } check ? $", checked every {check}" : "") +
            (root.Number("paths") is { } paths ? $", {ReportFormat.Fixed(paths, 0)} paths (common random numbers)" : "") +
            ". P&L is the hedged book's after costs; hedge error the same before costs; cost is fees + impact + gas. " +
            "Figures are ± 1 standard error; intervals 95%." +
            (limits.Length > 0 ? $" Gap: probability that the largest loss between two checks exceeds {limits} USD." : ""));

        var table = new ReportTable(("Policy", false), ("P&L mean (USD)", true), ("Cost mean (USD)", true),
            ("Hedge error sd (USD)", true), ("ES 99% (USD)", true), ("ES 99% interval (USD)", true),
            ("Gap probability (%)", true), ("Gap interval (%)", true), ("Trades / failed per day", true));
        foreach (JsonElement? p in policies)
        {
            JsonElement? pnl = p.Object("pnl"), cost = p.Object("cost"), error = p.Object("hedgeError"), gap = p.Object("gap");
            JsonElement? es = p.Items("es").FirstOrDefault(e => e.Number("level") == HeadlineEsLevel);
            (string esValue, string esInterval) = ReportFormat.WithInterval(es.Number("value"), es.Number("low"), es.Number("high"));
            (string gapValue, string gapInterval) = ReportFormat.WithInterval(
                gap.Number("probability") * 100, gap.Number("low") * 100, gap.Number("high") * 100);
            table.Row(p.Text("policy") ?? "?",
                ReportFormat.WithError(pnl.Number("mean"), pnl.Number("meanStderr")),
                ReportFormat.WithError(cost.Number("mean"), cost.Number("meanStderr")),
                ReportFormat.WithError(error.Number("sd"), error.Number("sdStderr")),
                esValue, esInterval, gapValue, gapInterval,
                $"{PerDay(p.Number("tradesPerDay"), p.Number("tradesPerDayStderr"))} / {PerDay(p.Number("failedPerDay"), p.Number("failedPerDayStderr"))}");
        }
        html.Table(table);
        WriteFloors(policies, html);
    }

    /// <summary>The CPPI floor figures, for the policies that have one.</summary>
    private static void WriteFloors(IEnumerable<JsonElement?> policies, ReportHtml html)
    {
        var table = new ReportTable(("CPPI policy", false), ("Floor breach probability (%)", true), ("95% interval (%)", true),
            ("Mean shortfall (% of initial capital)", true)) { Compact = true };
        foreach (JsonElement? p in policies)
        {
            JsonElement? f = p.Object("floor");
            if (f is null) continue;
            (string breach, string interval) = ReportFormat.WithInterval(
                f.Number("breachProbability") * 100, f.Number("low") * 100, f.Number("high") * 100);
            table.Row(p.Text("policy") ?? "?", breach, interval, ReportFormat.Number(f.Number("shortfallMean") * 100));
        }
        if (!table.IsEmpty) html.Table(table);
    }

    /// <summary>
    /// A rate per day to 2 decimals with its stderr to the same (checks are counted, so the stderr is often far
    /// below 0.01 and shows as 0.00; more digits would only be noise in a table read by eye).
    /// </summary>
    private static string PerDay(double? x, double? stderr) =>
        stderr is { } e ? $"{ReportFormat.Fixed(x, 2)} ± {ReportFormat.Fixed(e, 2)}" : ReportFormat.Fixed(x, 2);
}
