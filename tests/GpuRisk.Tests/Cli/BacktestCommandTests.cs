using System.Text.Json;

namespace GpuRisk.Tests.Cli;

public sealed class BacktestCommandTests
{
    /// <summary>The real command writes backtest.json in DESIGN.md's shape and the Parquet table.</summary>
    [Fact]
    public void Backtest_out_writes_the_contract_files()
    {
        using var dir = new TempFolder();
        var result = CliRunner.Run("backtest", "--book", dir.Embedded("book.csv"), "--market", dir.Embedded("market.json"),
            "--policy", "band:5%", "--policy", "cppi:underlying=BTC,floor=0.8,m=4", "--horizon", "2d", "--check", "4h",
            "--paths", "1000", "--device", "cpu", "--out", dir["b"]);

        Assert.True(result.ExitCode == 0, result.Stderr);
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir["b"], "backtest.json")));
        JsonElement[] policies = [.. doc.RootElement.GetProperty("policies").EnumerateArray()];
        Assert.Equal(["band:5%", "cppi:underlying=BTC,floor=0.8,m=4"], policies.Select(p => p.GetProperty("policy").GetString()));
        foreach (JsonElement p in policies)
        {
            foreach (string f in new[] { "mean", "meanStderr", "sd", "sdStderr" }) Assert.True(double.IsFinite(p.GetProperty("pnl").GetProperty(f).GetDouble()));
            Assert.True(p.GetProperty("cost").GetProperty("mean").GetDouble() >= 0);
            Assert.True(p.GetProperty("hedgeError").GetProperty("sd").GetDouble() > 0);
            Assert.True(p.GetProperty("tradesPerDay").GetDouble() >= 0);
            JsonElement es = p.GetProperty("es")[0];
            Assert.InRange(es.GetProperty("value").GetDouble(), es.GetProperty("low").GetDouble(), es.GetProperty("high").GetDouble());
            JsonElement gap = p.GetProperty("gap");
            Assert.InRange(gap.GetProperty("probability").GetDouble(), gap.GetProperty("low").GetDouble(), gap.GetProperty("high").GetDouble());
        }
        Assert.False(policies[0].TryGetProperty("floor", out _));
        Assert.InRange(policies[1].GetProperty("floor").GetProperty("breachProbability").GetDouble(), 0, 1);
        Assert.True(File.Exists(Path.Combine(dir["b"], "backtest.parquet")));
    }

    [Theory]
    [InlineData("--policy", "sometimes", "--policy")]
    [InlineData("--policy", "band:-1", "--policy")]
    [InlineData("--policy", "cppi:floor=0.8,m=4", "underlying")]
    [InlineData("--policy", "cppi:underlying=DOGE,floor=0.8,m=4", "DOGE")]
    [InlineData("--policy", "thresholds:/no/such/thresholds.json", "thresholds.json")]
    [InlineData("--check", "0h", "--check")]
    public void Bad_values_exit_2_naming_the_option_or_file(string option, string value, string named)
    {
        using var dir = new TempFolder();
        var result = CliRunner.Run("backtest", "--book", dir.Embedded("book.csv"), "--market", dir.Embedded("market.json"),
            "--device", "cpu", "--paths", "100", option, value, "--out", dir["b"]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(named, result.Stderr);
        Assert.False(File.Exists(Path.Combine(dir["b"], "backtest.json")));
    }

    /// <summary>A thresholds file without a band names the file and the field.</summary>
    [Fact]
    public void A_malformed_thresholds_file_names_the_file_and_field()
    {
        using var dir = new TempFolder();
        string file = dir.File("t.json", """{ "riskAversion": 0.001, "check": "1h", "underlyings": [ { "underlying": "BTC", "regimes": [ { "regime": "normal", "reset": 0.1 } ] } ] }""");
        var result = CliRunner.Run("backtest", "--book", dir.Embedded("book.csv"), "--market", dir.Embedded("market.json"),
            "--device", "cpu", "--paths", "100", "--policy", $"thresholds:{file}");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("t.json", result.Stderr);
        Assert.Contains("band", result.Stderr);
    }

    /// <summary>A thresholds file whose schedule goes back in time exits 2 naming the file, the step's JSON path and the field.</summary>
    [Fact]
    public void A_bad_schedule_step_exits_2_naming_the_file_path_and_field()
    {
        using var dir = new TempFolder();
        string file = dir.File("t.json", """
            { "riskAversion": 0.001, "check": "1h", "underlyings": [ { "underlying": "BTC", "regimes": [ { "regime": "normal", "band": 0.4, "reset": 0.1,
              "schedule": [ { "fromHours": 0, "band": 0.4, "reset": 0.1 }, { "fromHours": 48, "band": 0.3, "reset": 0.1 }, { "fromHours": 24, "band": 0.2, "reset": 0.1 } ] } ] } ] }
            """);
        var result = CliRunner.Run("backtest", "--book", dir.Embedded("book.csv"), "--market", dir.Embedded("market.json"),
            "--device", "cpu", "--paths", "100", "--policy", $"thresholds:{file}");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("t.json", result.Stderr);
        Assert.Contains("$.underlyings[0].regimes[0].schedule[2].fromHours", result.Stderr);
        Assert.Contains("'fromHours'", result.Stderr);
    }
}
