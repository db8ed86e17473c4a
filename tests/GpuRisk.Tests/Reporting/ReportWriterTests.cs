using GpuRisk.Reporting;
using GpuRisk.Tests.Cli;
using static GpuRisk.Tests.Reporting.ReportPage;

namespace GpuRisk.Tests.Reporting;

/// <summary>
/// report.html from a run folder: every section when every stage's file is there, a "did not run" note
/// where one is missing, pictures inline as PNG data URIs, nothing fetched from the network, and no
/// exception whatever the folder holds. Figures are from the fixtures (see Fixtures/README.md).
/// </summary>
public sealed class ReportWriterTests : IDisposable
{
    private readonly TempFolder _run = new();

    [Fact]
    public void FullRunShowsEverySectionWithItsFigures()
    {
        ReportFixtures.FullRun(_run.Path);
        string html = ReportWriter.Render(_run.Path);

        foreach (string id in ReportSectionIds.All) Assert.Contains($"<section id=\"{id}\">", html);
        Assert.DoesNotContain("class=\"not-run\"", html);
        Assert.DoesNotContain("class=\"problem\"", html);
        // Monte Carlo value 525,xxx ± 13,xxx rounds to the stderr's second digit: no decimals.
        Assert.Matches(@"Monte Carlo</td><td class=""num"">\d{3},\d{3} ± \d{1,2},\d{3}</td>", Section(html, ReportSectionIds.Valuation));
        // var.json 1d 99%: VaR 1,083,295.3 in [1,064,317.4, 1,104,629.7].
        string var = Section(html, ReportSectionIds.Var);
        Assert.Contains(">1,083,295<", var);
        Assert.Contains(">1,064,317 – 1,104,630<", var);
        Assert.Contains(">99.9%<", var);
        Assert.Contains("BTC 1,074,810; ETH 432,637", var);
        Assert.Contains(">−6,503,577<", Section(html, ReportSectionIds.Stress));
        // band:5%: cost 3,402.7 ± 17.9 USD; gap 1.21% in [1.06, 1.36].
        string backtest = Section(html, ReportSectionIds.Backtest);
        Assert.Contains(">3,403 ± 18<", backtest);
        Assert.Contains(">1.210<", backtest);
        Assert.Contains("cppi:underlying=BTC,floor=0.8,m=4", backtest);
        Assert.Contains(">2.31<", backtest);
        // The optimizer's thresholds beat every hedging baseline; cost 2,598.4 vs band:5%'s 3,402.7 = 23.64% saved.
        string optimizer = Section(html, ReportSectionIds.Optimizer);
        Assert.Contains(">none of 8<", optimizer);
        Assert.Contains(">23.64<", optimizer);
        string thresholds = Section(html, ReportSectionIds.Thresholds);
        Assert.Contains(">96.40<", thresholds);
        Assert.Contains(">0.41<", thresholds);
        // BTC stressed's schedule: band 4.87 from 0 h, 4.12 from 72 h; the other regimes keep theirs throughout.
        Assert.Contains(">from 72 h<", thresholds);
        Assert.Contains(">4.12<", thresholds);
        Assert.Contains(">1.71<", thresholds);
        string manifest = Section(html, ReportSectionIds.Manifest);
        Assert.Contains("b4e159a28b5b885d34997cd30e2cbb4e95d310a2c38dff4646f0f9f83f5c84d1", manifest);
        Assert.Contains(">Total<", manifest);
    }

    [Fact]
    public void EveryPictureIsAnInlinePng()
    {
        ReportFixtures.FullRun(_run.Path);
        string html = ReportWriter.Render(_run.Path);

        byte[][] pngs = Pngs(html);
        // Two histograms (1d, 7d), the heat map, the frontier, one thresholds chart per underlying (BTC, ETH).
        Assert.Equal(6, pngs.Length);
        Assert.All(pngs, png => Assert.Equal(PngSignature, png[..8]));
        Assert.Equal(File.ReadAllBytes(_run["risk_matrix.png"]), pngs.Single(p => p.Length == new FileInfo(_run["risk_matrix.png"]).Length));
        string histograms = Section(html, ReportSectionIds.Histograms);
        Assert.True(histograms.IndexOf("P&L over 1d", StringComparison.Ordinal) < histograms.IndexOf("P&L over 7d", StringComparison.Ordinal));
    }

    [Fact]
    public void PageFetchesNothing()
    {
        ReportFixtures.FullRun(_run.Path);
        string html = ReportWriter.Render(_run.Path);

        Assert.DoesNotContain("http://", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("https://", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("url(", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch("src=\"(?!data:)", html);
    }

    [Fact]
    public void SummaryAloneGivesEverySectionAndANoteForEachMissingStage()
    {
        ReportFixtures.Copy(_run.Path, "summary.json");
        string html = ReportWriter.Render(_run.Path);

        foreach (string id in ReportSectionIds.All) Assert.Contains($"<section id=\"{id}\">", html);
        Assert.Contains("did not run: var.json", Section(html, ReportSectionIds.Var));
        Assert.Contains("did not run: var.json", Section(html, ReportSectionIds.Histograms));
        Assert.Contains("did not run: risk_matrix.json", Section(html, ReportSectionIds.Stress));
        Assert.Contains("did not run: risk_matrix.json", Section(html, ReportSectionIds.RiskMatrix));
        Assert.Contains("did not run: backtest.json", Section(html, ReportSectionIds.Backtest));
        Assert.Contains("did not run: thresholds.json", Section(html, ReportSectionIds.Optimizer));
        Assert.Contains("did not run: thresholds.json", Section(html, ReportSectionIds.Frontier));
        Assert.Contains("did not run: thresholds.json", Section(html, ReportSectionIds.Thresholds));
        Assert.DoesNotContain("not-run", Section(html, ReportSectionIds.Valuation));
        Assert.DoesNotContain("not-run", Section(html, ReportSectionIds.Manifest));
        Assert.Empty(Pngs(html));
    }

    [Fact]
    public void OneStageMissingNotesOnlyThatStage()
    {
        ReportFixtures.FullRun(_run.Path);
        File.Delete(_run["backtest.json"]);
        string html = ReportWriter.Render(_run.Path);

        Assert.Contains("did not run: backtest.json", Section(html, ReportSectionIds.Backtest));
        Assert.Contains("no thresholds policy", Section(html, ReportSectionIds.Optimizer));
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(html, "did not run"));
    }

    [Fact]
    public void EmptyFolderAndOddFilesNeverThrow()
    {
        Assert.Contains("did not run: summary.json", Section(ReportWriter.Render(_run.Path), ReportSectionIds.Manifest));

        // Wrong types, unknown objects (a later engine's "var" summary), truncated and empty files.
        _run.File("summary.json", """{ "seed": "x", "paths": [1], "valuation": [], "inputs": {}, "timings": 3, "var": { "es99": 1 }, "shards": 4 }""");
        _run.File("var.json", """{ "horizons": [ { "horizon": 7, "levels": [ {} ] }, 3, null ] }""");
        _run.File("backtest.json", """[ { "policy": "band:5%" }, 1, { "gap": "x" } ]""");
        _run.File("thresholds.json", """{ "underlyings": [ { "regimes": [ { "band": "wide" } ] } ] }""");
        _run.File("risk_matrix.json", """{ "cells": [""");
        _run.File("pnl_histogram_1d.png", "");
        string html = ReportWriter.Render(_run.Path);

        Assert.Contains("risk_matrix.json is in this folder but could not be read", html);
        Assert.Contains(">shards<", Section(html, ReportSectionIds.Manifest));
        foreach (string id in ReportSectionIds.All) Assert.Contains($"<section id=\"{id}\">", html);
    }

    [Fact]
    public void WriteReplacesTheReportAtomically()
    {
        ReportFixtures.Copy(_run.Path, "summary.json");
        string path = ReportWriter.Write(_run.Path);

        Assert.Equal(_run[ReportWriter.FileName], path);
        Assert.Equal(ReportWriter.Render(_run.Path), File.ReadAllText(path));
        Assert.Empty(Directory.GetFiles(_run.Path, "*.tmp"));
    }

    [Fact]
    public void HistogramsAreOrderedByHorizonLength()
    {
        foreach (string h in new[] { "7d", "1w2", "10d", "30m", "1d", "8h" }) _run.File($"pnl_histogram_{h}.png", "");

        Assert.Equal(["30m", "8h", "1d", "7d", "10d", "1w2"], RunFolder.Read(_run.Path).HistogramHorizons());
    }

    [Fact]
    public void MissingFolderIsAnError() =>
        Assert.Throws<DirectoryNotFoundException>(() => ReportWriter.Render(_run["absent"]));

    public void Dispose() => _run.Dispose();
}
