using System.Text.Json;

namespace GpuRisk.Tests.Cli;

public sealed class BenchCommandTests
{
    [Fact]
    public void Bench_writes_every_stage_in_the_design_shape()
    {
        using var dir = new TempFolder();

        var result = CliRunner.Run("bench", "--device", "cpu", "--paths", "4096", "--steps", "8", "--horizon-paths", "4096", "--out", dir["bench.json"]);

        Assert.True(result.ExitCode == 0, result.Stderr);
        using var doc = JsonDocument.Parse(File.ReadAllText(dir["bench.json"]));
        Assert.False(string.IsNullOrEmpty(doc.RootElement.GetProperty("device").GetString()));
        var stages = doc.RootElement.GetProperty("stages").EnumerateArray().ToArray();
        Assert.Equal(["simulation-cold", "simulation", "stress-cold", "stress", "revaluation-cold", "revaluation",
            "var-cold", "var", "hedging-cold", "hedging", "optimizer-cold", "optimizer"], stages.Select(s => s.GetProperty("name").GetString()));
        JsonElement Stage(string name) => stages.Single(s => s.GetProperty("name").GetString() == name);
        // The work counted: the default book's positions at 7 daily observations; 7 default policies x 168 hourly checks.
        int positions = File.ReadAllLines(dir.Embedded("book.csv")).Count(l => l.Trim().Length > 0) - 1;
        Assert.Equal(positions * 7, Stage("revaluation").GetProperty("steps").GetInt64());
        Assert.Equal("position-path", Stage("revaluation").GetProperty("unit").GetString());
        Assert.Equal(positions * 2, Stage("var").GetProperty("steps").GetInt64());
        Assert.Equal(7 * 168, Stage("hedging").GetProperty("steps").GetInt64());
        Assert.Equal(4096, Stage("hedging").GetProperty("paths").GetInt64());
        Assert.True(Stage("optimizer").GetProperty("steps").GetInt64() > 0);
        var simulation = stages[1];
        Assert.Equal(4096, simulation.GetProperty("paths").GetInt64());
        Assert.Equal(8, simulation.GetProperty("steps").GetInt64());
        // pathStepsPerSecond is paths x steps / seconds, by definition.
        double expected = 4096.0 * 8 / simulation.GetProperty("seconds").GetDouble();
        Assert.Equal(expected, simulation.GetProperty("pathStepsPerSecond").GetDouble(), expected * 1e-9);
        // Redirected, the table is plain columns: each stage on one line with its counts and seconds.
        string[] lines = result.Stdout.Split('\n');
        foreach (JsonElement s in stages)
        {
            string seconds = s.GetProperty("seconds").GetDouble().ToString("F3", System.Globalization.CultureInfo.InvariantCulture);
            string paths = s.GetProperty("paths").GetInt64().ToString("N0", System.Globalization.CultureInfo.InvariantCulture);
            Assert.Single(lines, l => l.StartsWith(s.GetProperty("name").GetString() + " ", StringComparison.Ordinal)
                && l.Contains(" " + paths + " ") && l.Contains(" " + seconds + " "));
        }
    }

    [Fact]
    public void Bench_rejects_zero_steps()
    {
        Assert.Equal(2, CliRunner.Run("bench", "--steps", "0").ExitCode);
    }
}
