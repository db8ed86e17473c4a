using System.Security.Cryptography;
using System.Text.Json;
using GpuRisk.IO;

namespace GpuRisk.Tests.Cli;

public sealed class RunCommandTests
{
    [Fact]
    public void Run_on_the_embedded_default_writes_summary_and_positions()
    {
        using var dir = new TempFolder();
        string outDir = dir["run"];

        var result = CliRunner.Run("run", "--out", outDir, "--paths", "2000", "--device", "cpu");

        Assert.True(result.ExitCode == 0, result.Stderr);
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "summary.json")));
        JsonElement root = doc.RootElement;
        Assert.False(string.IsNullOrEmpty(root.GetProperty("version").GetString()));
        Assert.Equal(20261124UL, root.GetProperty("seed").GetUInt64());
        Assert.Equal(2000, root.GetProperty("paths").GetInt64());
        // The manifest's hashes are those of the embedded files, hashed here independently.
        var hashes = root.GetProperty("inputs").EnumerateArray()
            .ToDictionary(e => e.GetProperty("role").GetString()!, e => e.GetProperty("sha256").GetString()!);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(InputFile.Embedded("book.csv").Bytes)), hashes["book"]);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(InputFile.Embedded("market.json").Bytes)), hashes["market"]);
        Assert.Contains(root.GetProperty("timings").EnumerateArray(), t => t.GetProperty("stage").GetString() == "analytic");
        Assert.True(File.Exists(Path.Combine(outDir, "positions.parquet")));
        Assert.Empty(Directory.GetFiles(outDir, "*.tmp", SearchOption.AllDirectories));
    }

    [Fact]
    public void A_config_with_an_unknown_field_is_bad_input_naming_file_row_and_field()
    {
        using var dir = new TempFolder();
        string config = dir.File("nightly.json", "{ \"paths\": 1000, \"seeed\": 3 }");

        var result = CliRunner.Run("run", "--config", config);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("nightly.json", result.Stderr);
        Assert.Contains("$.seeed", result.Stderr);
        Assert.Contains("'seeed'", result.Stderr);
    }

    [Fact]
    public void A_config_resolves_book_and_market_next_to_itself()
    {
        using var dir = new TempFolder();
        dir.File("b.csv", "id,underlying,kind,strike,expiry,quantity\nx,BTC,perp,,,1\n");
        dir.Embedded("market.json");
        string config = dir.File("c.json", $"{{ \"book\": \"b.csv\", \"market\": \"market.json\", \"out\": {JsonSerializer.Serialize(dir["o"])}, \"paths\": 1000 }}");

        var result = CliRunner.Run("run", "--config", config, "--device", "cpu");

        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.True(File.Exists(Path.Combine(dir["o"], "summary.json")));
    }
}
