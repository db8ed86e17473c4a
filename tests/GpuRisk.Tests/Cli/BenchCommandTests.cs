using System.Text.Json;

namespace GpuRisk.Tests.Cli;

public sealed class BenchCommandTests
{
    [Fact]
    public void Bench_writes_every_stage_in_the_design_shape()
    {
        var (result, device, stages) = Bench("cpu");

        Assert.False(string.IsNullOrEmpty(device));
        Assert.Equal(["simulation-cold", "simulation", "stress-cold", "stress", "revaluation-cold", "revaluation",
            "var-cold", "var", "hedging-cold", "hedging", "optimizer-cold", "optimizer"], stages.Select(s => s.GetProperty("name").GetString()));
        JsonElement Stage(string name) => stages.Single(s => s.GetProperty("name").GetString() == name);
        // The work counted: the default book's positions at 7 daily observations; 7 default policies x 168 hourly checks.
        using var dir = new TempFolder();
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

    /// <summary>
    /// On cpu-simd the simulation runs on the lanes and, in the same run, on the CPU accelerator, which that stage
    /// names; the stress stage has no lanes and says so on stderr.
    /// </summary>
    [Fact]
    public void Cpu_simd_bench_reports_the_cpu_accelerator_beside_the_lanes()
    {
        var (result, device, stages) = Bench("cpu-simd");

        Assert.StartsWith("cpu-simd", device);
        Assert.Equal(["simulation-cold", "simulation", "simulation-cpu-cold", "simulation-cpu", "stress-cold", "stress"],
            stages.Take(6).Select(s => s.GetProperty("name").GetString()));
        Assert.False(stages[1].TryGetProperty("device", out _));
        Assert.StartsWith("cpu:", stages[3].GetProperty("device").GetString());
        Assert.Equal(4096 * 8, stages[3].GetProperty("paths").GetInt64() * stages[3].GetProperty("steps").GetInt64());
        Assert.Contains("warning: stress does not run on cpu-simd yet", result.Stderr);
    }

    /// <summary>
    /// A bench of 4096 paths x 8 steps (4096 paths in the horizon stages) on <paramref name="device"/>: the run, and its
    /// JSON's device and stages.
    /// </summary>
    private static (CliRunner.Result Result, string? Device, JsonElement[] Stages) Bench(string device)
    {
        using var dir = new TempFolder();
        var result = CliRunner.Run("bench", "--device", device, "--paths", "4096", "--steps", "8", "--horizon-paths", "4096",
            "--out", dir["bench.json"]);
        Assert.True(result.ExitCode == 0, result.Stderr);
        using var doc = JsonDocument.Parse(File.ReadAllText(dir["bench.json"]));
        return (result, doc.RootElement.GetProperty("device").GetString(), [.. doc.RootElement.GetProperty("stages").EnumerateArray().Select(s => s.Clone())]);
    }

    [Fact]
    public void Bench_rejects_zero_steps()
    {
        Assert.Equal(2, CliRunner.Run("bench", "--steps", "0").ExitCode);
    }
}
