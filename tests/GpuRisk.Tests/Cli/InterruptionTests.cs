using System.Text.Json;
using GpuRisk.Output;
using Parquet.Serialization;

namespace GpuRisk.Tests.Cli;

/// <summary>
/// Interrupting <c>gpurisk run</c> as a user or a scheduler does, on the real process: Ctrl-C (SIGINT) stops
/// after the current stage with exit code 130, every finished stage's files complete and no temporary file left;
/// kill -9 leaves no truncated file under a final name. Timing-proof: each signal is sent once the "stage: mc"
/// log line has appeared on stderr, and nothing asserts a duration.
/// </summary>
public sealed class InterruptionTests
{
    // Enough paths that the Monte Carlo stage takes a while after its log line; the embedded default book.
    private static readonly string[] Run = ["run", "--out", "out", "--device", "cpu", "--paths", "20000"];

    [SigintFact]
    public void Ctrl_c_during_run_exits_130_and_keeps_every_finished_stage()
    {
        using var dir = new TempFolder();
        using CliProcess gpurisk = RunUntilMonteCarlo(dir);

        gpurisk.Signal("INT");
        CliRunner.Result result = gpurisk.WaitForExit();

        Assert.True(result.ExitCode == 130, $"exit {result.ExitCode}: {result.Stderr}");
        Assert.Contains("interrupted", result.Stderr);
        string outDir = dir["out"];
        // The analytic stage finished before the Monte Carlo stage began: its files are there, whole.
        using JsonDocument summary = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "summary.json")));
        Assert.True(summary.RootElement.GetProperty("valuation").TryGetProperty("analytic", out _));
        Assert.Contains(ReadPositions(outDir), r => r.Method == "analytic" && r.Id == "BOOK");
        Assert.Empty(Directory.GetFiles(outDir, "*.tmp", SearchOption.AllDirectories));
    }

    [Fact]
    public void Kill_9_during_run_leaves_no_truncated_file_under_a_final_name()
    {
        using var dir = new TempFolder();
        using CliProcess gpurisk = RunUntilMonteCarlo(dir);

        gpurisk.Signal("KILL");
        gpurisk.WaitForExit();

        // Whatever the moment of death, a file under its final name is complete; only hidden .tmp files may
        // be partial (they are written first and renamed into place whole).
        string outDir = dir["out"];
        foreach (string file in Directory.GetFiles(outDir).Where(f => !f.EndsWith(".tmp", StringComparison.Ordinal)))
        {
            switch (Path.GetExtension(file))
            {
                case ".json":
                    using (JsonDocument.Parse(File.ReadAllText(file))) { }
                    break;
                case ".parquet":
                    Assert.NotEmpty(ReadPositionsOrRows(file));
                    break;
            }
        }
        using JsonDocument summary = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "summary.json")));
        Assert.True(summary.RootElement.GetProperty("valuation").TryGetProperty("analytic", out _));
    }

    /// <summary>Starts the run in <paramref name="dir"/> and returns once its Monte Carlo stage has begun.</summary>
    private static CliProcess RunUntilMonteCarlo(TempFolder dir)
    {
        CliProcess gpurisk = CliProcess.Start(dir.Path, Run);
        Assert.True(gpurisk.WaitForStderr("stage: mc"), "the run ended before its Monte Carlo stage");
        return gpurisk;
    }

    private static IList<PositionsTable.Row> ReadPositions(string outDir)
    {
        using FileStream stream = File.OpenRead(Path.Combine(outDir, "positions.parquet"));
        return ParquetSerializer.DeserializeAsync<PositionsTable.Row>(stream).GetAwaiter().GetResult().Data;
    }

    private static IList<Dictionary<string, object>> ReadPositionsOrRows(string file)
    {
        using FileStream stream = File.OpenRead(file);
        return ParquetSerializer.DeserializeUntypedAsync(stream).GetAwaiter().GetResult().Data;
    }
}
