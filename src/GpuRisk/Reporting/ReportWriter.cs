using System.Net;
using System.Text;
using GpuRisk.Output;
using GpuRisk.Stress;

namespace GpuRisk.Reporting;

/// <summary>
/// Builds <c>report.html</c> from a run's output folder: one self-contained page (styles inline,
/// pictures as base64 data URIs, nothing fetched) that opens offline. It reads only the files in the
/// folder (summary.json, risk_matrix.json, var.json, backtest.json, thresholds.json and the stages'
/// PNG pictures), so it can be re-run on a merged folder and shows whichever stages finished; a stage
/// whose file is missing gets a short "did not run" note in its sections. Section ids are in
/// <see cref="ReportSectionIds"/>.
/// </summary>
public static class ReportWriter
{
    /// <summary>The report's file name inside the run folder.</summary>
    public const string FileName = "report.html";

    /// <summary>Writes <see cref="FileName"/> into <paramref name="runFolder"/> atomically; returns its path.</summary>
    /// <exception cref="DirectoryNotFoundException"><paramref name="runFolder"/> does not exist.</exception>
    public static string Write(string runFolder)
    {
        string path = Path.Combine(runFolder, FileName);
        AtomicFile.WriteText(path, Render(runFolder));
        return path;
    }

    /// <summary>The report of <paramref name="runFolder"/> as HTML. Missing or unreadable files become notes, never exceptions.</summary>
    /// <exception cref="DirectoryNotFoundException"><paramref name="runFolder"/> does not exist.</exception>
    public static string Render(string runFolder)
    {
        RunFolder run = RunFolder.Read(runFolder);
        var body = new ReportHtml();
        body.Section(ReportSectionIds.Headline, "Headline figures", () =>
        {
            body.Subsection(ReportSectionIds.Valuation, "Book value and Greeks", () => ValuationHeadline.Write(run, body));
            body.Subsection(ReportSectionIds.Var, "Horizon P&L: VaR and ES", () => VarHeadline.Write(run, body));
            body.Subsection(ReportSectionIds.Stress, "Worst stress cell", () => StressHeadline.Write(run, body));
            body.Subsection(ReportSectionIds.Backtest, "Rebalancing policies", () => BacktestHeadline.Write(run, body));
            body.Subsection(ReportSectionIds.Optimizer, "Optimizer", () => OptimizerHeadline.Write(run, body));
        });
        body.Section(ReportSectionIds.Histograms, "P&L histograms", () => HistogramSection.Write(run, body));
        body.Section(ReportSectionIds.RiskMatrix, "Risk matrix", () => PictureSection.Write(run, body, run.Stress,
            StressOutputs.HeatMapPng, "Book value change (USD) over the spot × vol shock grid, every underlying shocked together"));
        body.Section(ReportSectionIds.Frontier, "Cost/risk frontier", () => PictureSection.Write(run, body, run.Thresholds,
            FrontierChart.PngFileName, "Expected cost vs hedging-error sd (USD per day): the optimizer's frontier and every policy"));
        body.Section(ReportSectionIds.Thresholds, "Rebalance thresholds per regime", () => ThresholdsSection.Write(run, body));
        body.Section(ReportSectionIds.Manifest, "Run manifest", () => ManifestSection.Write(run, body));
        return Page(run, body.ToString());
    }

    private static string Page(RunFolder run, string body)
    {
        string folder = Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(run.Path)));
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>GpuRisk report: ").Append(WebUtility.HtmlEncode(folder)).Append("</title>\n")
            .Append("<style>\n").Append(ReportStyle.Css).Append("\n</style>\n</head>\n<body>\n<header>\n<h1>GpuRisk run report</h1>\n<p>")
            .Append(WebUtility.HtmlEncode(RunLine(run, folder))).Append("</p>\n<p>");
        foreach (StageFile stage in new[] { run.Summary, run.Stress, run.Var, run.Backtest, run.Thresholds })
        {
            bool ran = stage.Root is not null;
            html.Append("<span class=\"stage ").Append(ran ? "ran" : "missing").Append("\" title=\"").Append(stage.FileName).Append("\">")
                .Append(stage.Stage).Append(ran ? " ✓" : ": not run").Append("</span>");
        }
        html.Append("</p>\n</header>\n<nav>");
        foreach ((string id, string label) in new[]
        {
            (ReportSectionIds.Headline, "Headline"), (ReportSectionIds.Histograms, "P&L histograms"), (ReportSectionIds.RiskMatrix, "Risk matrix"),
            (ReportSectionIds.Frontier, "Frontier"), (ReportSectionIds.Thresholds, "Thresholds"), (ReportSectionIds.Manifest, "Manifest"),
        })
        {
            html.Append("<a href=\"#").Append(id).Append("\">").Append(WebUtility.HtmlEncode(label)).Append("</a>");
        }
        return html.Append("</nav>\n<main>\n").Append(body).Append("</main>\n</body>\n</html>\n").ToString();
    }

    /// <summary>"nightly · version 0.1.0 · cpu · 100,000 paths · seed 20261124": what produced the page, at a glance.</summary>
    private static string RunLine(RunFolder run, string folder)
    {
        System.Text.Json.JsonElement? s = run.Summary.Root;
        var parts = new List<string> { folder };
        if (s.Text("version") is { } version) parts.Add($"version {version}");
        if (s.Text("device") is { } device) parts.Add($"device {device}");
        if (s.Number("paths") is { } paths) parts.Add($"{ReportFormat.Fixed(paths, 0)} paths");
        if (s.Number("seed") is { } seed) parts.Add($"seed {ReportFormat.Integer(seed)}");
        return string.Join(" · ", parts);
    }
}
