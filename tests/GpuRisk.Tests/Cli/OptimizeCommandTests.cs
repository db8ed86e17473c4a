using System.Text.Json;
using Parquet.Serialization;

namespace GpuRisk.Tests.Cli;

public sealed class OptimizeCommandTests
{
    /// <summary>
    /// The real command writes thresholds.json in DESIGN.md's shape (per underlying and regime: band, reset, band in %
    /// of gross delta, min trade, cooldown, expected cost, error sd, trades per day, and the schedule per time bucket),
    /// the frontier table and picture and the proof's backtest; and `backtest --policy thresholds:FILE` reads the export
    /// back.
    /// </summary>
    [Fact]
    public async Task Optimize_writes_the_vault_export_that_backtest_reads()
    {
        using var dir = new TempFolder();
        string book = dir.Embedded("book.csv"), market = dir.Embedded("market.json");
        var result = CliRunner.Run("optimize", "--book", book, "--market", market, "--frontier", "1e-6..1e-4:3", "--horizon", "2d",
            "--check", "4h", "--paths", "600", "--device", "cpu", "--out", dir["o"]);

        Assert.True(result.ExitCode == 0, result.Stderr);
        string thresholds = Path.Combine(dir["o"], "thresholds.json");
        using (var doc = JsonDocument.Parse(File.ReadAllText(thresholds)))
        {
            JsonElement root = doc.RootElement;
            Assert.Equal(1e-5, root.GetProperty("riskAversion").GetDouble(), 1e-12);
            Assert.Equal("4h", root.GetProperty("check").GetString());
            JsonElement[] underlyings = [.. root.GetProperty("underlyings").EnumerateArray()];
            Assert.Equal(["BTC", "ETH"], underlyings.Select(u => u.GetProperty("underlying").GetString()));
            foreach (JsonElement r in underlyings.SelectMany(u => u.GetProperty("regimes").EnumerateArray()))
            {
                double band = r.GetProperty("band").GetDouble(), reset = r.GetProperty("reset").GetDouble();
                Assert.InRange(reset, 0, band);
                foreach (string f in new[] { "bandPctGrossDelta", "minTrade", "cooldownHours", "expectedCostPerDay", "hedgeErrorSdPerDay", "tradesPerDay" })
                {
                    Assert.True(double.IsFinite(r.GetProperty(f).GetDouble()), f);
                }
                // No option expires within the 2 days, so the 12 checks split into quarters: steps from 0, 12, 24 and 36 hours,
                // the first the regime's own thresholds, each trading at least from its band to its reset.
                JsonElement[] steps = [.. r.GetProperty("schedule").EnumerateArray()];
                Assert.Equal([0.0, 12, 24, 36], steps.Select(x => x.GetProperty("fromHours").GetDouble()));
                Assert.Equal(band, steps[0].GetProperty("band").GetDouble());
                Assert.Equal(reset, steps[0].GetProperty("reset").GetDouble());
                foreach (JsonElement x in steps)
                {
                    double h = x.GetProperty("band").GetDouble(), rr = x.GetProperty("reset").GetDouble();
                    Assert.InRange(rr, 0, h);
                    Assert.Equal(h - rr, x.GetProperty("minTrade").GetDouble());
                }
            }
            Assert.Equal(3, underlyings[0].GetProperty("regimes").GetArrayLength());
        }
        foreach (string f in new[] { "frontier.parquet", "frontier.png", "backtest.json", "backtest.parquet" })
        {
            Assert.True(File.Exists(Path.Combine(dir["o"], f)), f);
        }
        // thresholds.parquet: a row per underlying and regime, the schedule nested in it.
        using (FileStream stream = File.OpenRead(Path.Combine(dir["o"], "thresholds.parquet")))
        {
            IList<Dictionary<string, object>> rows = (await ParquetSerializer.DeserializeUntypedAsync(stream)).Data;
            Assert.Equal(6, rows.Count);
            Assert.All(rows, row => Assert.Equal(4, ((System.Collections.IList)row["Schedule"]).Count));
        }
        var backtest = CliRunner.Run("backtest", "--book", book, "--market", market, "--policy", $"thresholds:{thresholds}",
            "--horizon", "1d", "--check", "4h", "--paths", "200", "--device", "cpu");
        Assert.True(backtest.ExitCode == 0, backtest.Stderr);
    }

    [Theory]
    [InlineData("--risk-aversion", "0")]
    [InlineData("--risk-aversion", "-1e-5")]
    [InlineData("--frontier", "1e-6..1e-4")]
    [InlineData("--frontier", "1e-4..1e-6:5")]
    [InlineData("--frontier", "a..b:3")]
    public void Bad_values_exit_2_naming_the_option(string option, string value)
    {
        using var dir = new TempFolder();
        var result = CliRunner.Run("optimize", "--book", dir.Embedded("book.csv"), "--market", dir.Embedded("market.json"),
            "--device", "cpu", option, value, "--out", dir["o"]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(option, result.Stderr);
        Assert.False(Directory.Exists(dir["o"]));
    }
}
