using System.Xml.Linq;
using GpuRisk.Reporting;
using GpuRisk.Tests.Cli;

namespace GpuRisk.Tests.Reporting;

/// <summary>
/// The chart functions the stages call: the files they write (PNG and SVG, atomically, under the names
/// report.html looks for) and the labels a reader needs (values in USD, units on the axes, policy names).
/// </summary>
public sealed class ChartTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public void HistogramMarksVarAndEsPerLevelWithUnits()
    {
        VarMark[] marks = [new(0.99, 1_083_295.3, 1_507_447.5), new(0.999, 2_076_655.6, 2_802_574.1)];
        PnlHistogramChart.Write(ReportFixtures.Samples(-3_163.5, 407_729), "1d", marks, _folder.Path);

        AssertPng(_folder["pnl_histogram_1d.png"]);
        string text = SvgText(_folder["pnl_histogram_1d.svg"]);
        Assert.Contains("VaR 99% = 1,083,295 USD", text);
        Assert.Contains("ES 99% = 1,507,448 USD", text);
        Assert.Contains("VaR 99.9% = 2,076,656 USD", text);
        Assert.Contains("ES 99.9% = 2,802,574 USD", text);
        Assert.Contains("P&L over 1d (USD", text);
        Assert.Contains("paths per bin (%)", text);
        Assert.Empty(Directory.GetFiles(_folder.Path, "*.tmp"));
    }

    [Fact]
    public void HistogramOfOneValueStillDraws() =>
        Assert.NotNull(PnlHistogramChart.Render(new double[100], "7d", [new VarMark(0.99, 0, 0)]).GetImageBytes(200, 100));

    [Fact]
    public void HistogramRefusesNoSamplesAndNonFiniteOnes()
    {
        Assert.Throws<ArgumentException>(() => PnlHistogramChart.Render([], "1d", []));
        Assert.Throws<ArgumentException>(() => PnlHistogramChart.Render([1.0, double.NaN], "1d", []));
    }

    [Fact]
    public void FrontierNamesEveryPolicyAndRiskAversion()
    {
        (FrontierPoint[] frontier, PolicyMarker[] policies) = ReportFixtures.Frontier();
        FrontierChart.Write(frontier, policies, _folder.Path);

        AssertPng(_folder[FrontierChart.PngFileName]);
        string text = SvgText(_folder[FrontierChart.SvgFileName]);
        foreach (PolicyMarker p in policies) Assert.Contains(p.Name, text);
        Assert.Contains("G=2e-6", text);
        Assert.Contains("hedging-error sd (USD per day)", text);
        Assert.Contains("expected cost (USD per day)", text);
    }

    [Fact]
    public void ThresholdsChartLabelsEveryRegimeAndBar()
    {
        RegimeThreshold[] regimes = [new("calm", 1.62, 0.41), new("normal", 2.21, 0.63), new("stressed", 4.87, 2.05)];
        Assert.Equal(ReportPage.PngSignature, ThresholdsChart.Png("BTC", regimes)[..8]);

        string svg = ThresholdsChart.Render("BTC", regimes).GetSvgXml(ThresholdsChart.Width, ThresholdsChart.Height);
        string text = string.Concat(XDocument.Parse(svg).Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value + "|"));
        foreach (string label in new[] { "calm", "normal", "stressed", "1.62", "0.41", "4.87", "2.05", "coins of BTC", "band h", "reset r" })
        {
            Assert.Contains(label, text);
        }
    }

    public void Dispose() => _folder.Dispose();

    private static void AssertPng(string path) => Assert.Equal(ReportPage.PngSignature, File.ReadAllBytes(path)[..8]);

    private static string SvgText(string path) =>
        string.Concat(XDocument.Load(path).Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value + "|"));
}
