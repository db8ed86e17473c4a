using System.Text.Json;

namespace GpuRisk.Reporting;

/// <summary>
/// The optimizer's headline: its risk aversion and check interval (thresholds.json), and its
/// out-of-sample proof (optimize_backtest.json in a run folder, else backtest.json): whether any baseline policy beats it on both expected cost and
/// hedging-error sd, and what it saves against the fixed band whose hedging error is nearest its own.
/// </summary>
internal static class OptimizerHeadline
{
    /// <summary>How the optimizer's exported policy is named in backtest.json (<c>thresholds:FILE</c>).</summary>
    private const string PolicyPrefix = "thresholds";

    /// <summary>How fixed-band baselines are named (<c>band:X</c>, <c>band:X%</c>).</summary>
    private const string FixedBandPrefix = "band:";

    /// <summary>
    /// Policies that run an account of their own (CPPI, vol targeting) rather than hedge the book: their
    /// cost and error are not comparable with a hedge's, so they are no baseline for the optimizer.
    /// </summary>
    private static readonly string[] AccountPrefixes = ["cppi:", "voltarget:"];

    private sealed record Outcome(string Name, double Cost, double? CostStderr, double ErrorSd, double? ErrorSdStderr);

    /// <summary>Writes the optimizer headline of <paramref name="run"/>.</summary>
    public static void Write(RunFolder run, ReportHtml html)
    {
        if (!html.Has(run.Thresholds)) return;
        JsonElement? root = run.Thresholds.Root;
        JsonElement?[] underlyings = root.Items("underlyings").ToArray();
        var table = new ReportTable(("Figure", false), ("Value", true)) { Compact = true };
        table.Row("Risk aversion G (CARA, per USD)", ReportFormat.Scientific(root.Number("riskAversion")));
        table.Row("Check interval", root.Text("check") ?? ReportFormat.Missing);
        table.Row("Bands exported (underlyings × regimes)",
            $"{underlyings.Length} × {underlyings.Select(u => u.Items("regimes").Count()).DefaultIfEmpty(0).Max()}");

        Outcome[] outcomes = BacktestHeadline.Policies(run.OptimizeProof.Root).Select(Read).OfType<Outcome>().ToArray();
        Outcome? optimizer = outcomes.FirstOrDefault(o => o.Name.StartsWith(PolicyPrefix, StringComparison.Ordinal));
        if (optimizer is null)
        {
            html.Table(table);
            html.Note("not-run", "No out-of-sample proof: backtest.json has no thresholds policy.");
            return;
        }
        Outcome[] baselines = outcomes
            .Where(o => o != optimizer && !AccountPrefixes.Any(a => o.Name.StartsWith(a, StringComparison.Ordinal)))
            .ToArray();
        table.Row("Out of sample: cost mean (USD over the backtest horizon)", ReportFormat.WithError(optimizer.Cost, optimizer.CostStderr));
        table.Row("Out of sample: hedge error sd (USD over the backtest horizon)", ReportFormat.WithError(optimizer.ErrorSd, optimizer.ErrorSdStderr));
        if (root.Object("proof") is JsonElement found)
        {
            // The optimizer's own verdict: dominance beyond two combined standard errors, saving interpolated along the band family.
            JsonElement? proof = found;
            string[] by = [.. proof.Items("dominatedBy").Select(e => e?.GetString() ?? "")];
            table.MarkedRow(by.Length == 0 ? "ok" : "warn", "Baselines that beat it on both cost and error sd (beyond 2 combined s.e.)",
                by.Length == 0 ? $"none of {baselines.Length}" : string.Join(", ", by));
            if (proof.Number("costSavingPerDayVsBand") is { } saving)
            {
                table.Row($"Cost saving at equal error vs the fixed bands ({proof.Text("equalErrorBand")}), USD per day",
                    ReportFormat.WithError(saving, proof.Number("costSavingPerDayVsBandStderr")));
            }
            html.Table(table);
            return;
        }
        string[] dominating = baselines.Where(b => Dominates(b, optimizer)).Select(b => b.Name).ToArray();
        table.MarkedRow(dominating.Length == 0 ? "ok" : "warn", "Baselines that beat it on both cost and error sd",
            dominating.Length == 0 ? $"none of {baselines.Length}" : string.Join(", ", dominating));
        if (baselines.Where(b => b.Name.StartsWith(FixedBandPrefix, StringComparison.Ordinal))
                .MinBy(b => Math.Abs(b.ErrorSd - optimizer.ErrorSd)) is { } band && band.Cost > 0)
        {
            table.Row($"Cost saving vs {band.Name}, at error sd {ReportFormat.Number(band.ErrorSd)} vs {ReportFormat.Number(optimizer.ErrorSd)} USD (%)",
                ReportFormat.Number(100 * (1 - optimizer.Cost / band.Cost)));
        }
        html.Table(table);
    }

    /// <summary>True when <paramref name="a"/> is no worse on both axes and better on one (point estimates).</summary>
    private static bool Dominates(Outcome a, Outcome b) =>
        a.Cost <= b.Cost && a.ErrorSd <= b.ErrorSd && (a.Cost < b.Cost || a.ErrorSd < b.ErrorSd);

    private static Outcome? Read(JsonElement? policy) =>
        policy.Text("policy") is { } name && policy.Object("cost").Number("mean") is { } cost
            && policy.Object("hedgeError").Number("sd") is { } error
            ? new Outcome(name, cost, policy.Object("cost").Number("meanStderr"), error, policy.Object("hedgeError").Number("sdStderr"))
            : null;
}
