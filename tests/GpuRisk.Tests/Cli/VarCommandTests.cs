using System.Text.Json;

namespace GpuRisk.Tests.Cli;

public sealed class VarCommandTests
{
    /// <summary>
    /// On cpu-simd the horizon engine walks on lanes (no fallback warning) and gives the CPU accelerator's figures to
    /// float rounding: every number of var.json's horizons within 1e-5 relative (measured at most 1.9e-6, a VaR
    /// interval's bound, which sits between order statistics), the regime mix exactly.
    /// </summary>
    [Fact]
    public void Var_on_cpu_simd_walks_on_lanes_and_matches_the_cpu_accelerator()
    {
        using var dir = new TempFolder();
        string[] args = ["var", "--book", dir.Embedded("book.csv"), "--market", dir.Embedded("market.json"), "--horizons", "1d",
            "--paths", "2000", "--seed", "3"];
        var simd = CliRunner.Run([.. args, "--device", "cpu-simd", "--out", dir["simd"]]);
        var cpu = CliRunner.Run([.. args, "--device", "cpu", "--out", dir["cpu"]]);

        Assert.True(simd.ExitCode == 0, simd.Stderr);
        Assert.DoesNotContain("warning:", simd.Stderr);
        using var a = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir["simd"], "var.json")));
        using var b = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir["cpu"], "var.json")));
        AssertClose(b.RootElement.GetProperty("horizons"), a.RootElement.GetProperty("horizons"), "horizons");
        Assert.Equal(b.RootElement.GetProperty("horizons")[0].GetProperty("regimes").GetRawText(),
            a.RootElement.GetProperty("horizons")[0].GetProperty("regimes").GetRawText());
    }

    /// <summary>The same JSON shape, strings equal, numbers within 1e-5 relative.</summary>
    private static void AssertClose(JsonElement expected, JsonElement actual, string path)
    {
        Assert.Equal(expected.ValueKind, actual.ValueKind);
        switch (expected.ValueKind)
        {
            case JsonValueKind.Object:
                Assert.Equal(expected.EnumerateObject().Select(p => p.Name), actual.EnumerateObject().Select(p => p.Name));
                foreach (JsonProperty p in expected.EnumerateObject()) AssertClose(p.Value, actual.GetProperty(p.Name), $"{path}.{p.Name}");
                break;
            case JsonValueKind.Array:
                Assert.Equal(expected.GetArrayLength(), actual.GetArrayLength());
                for (int i = 0; i < expected.GetArrayLength(); i++) AssertClose(expected[i], actual[i], $"{path}[{i}]");
                break;
            case JsonValueKind.Number:
                double x = expected.GetDouble(), y = actual.GetDouble();
                Assert.True(Math.Abs(x - y) <= 1e-5 * Math.Abs(x), $"{path}: {y} against {x}");
                break;
            default:
                Assert.Equal(expected.GetRawText(), actual.GetRawText());
                break;
        }
    }

    /// <summary>The real command writes var.json in DESIGN.md's shape, the quantile table and a histogram per horizon.</summary>
    [Fact]
    public void Var_out_writes_the_contract_files()
    {
        using var dir = new TempFolder();
        var result = CliRunner.Run("var", "--book", dir.Embedded("book.csv"), "--market", dir.Embedded("market.json"),
            "--horizons", "1d,7d", "--levels", "0.99,0.995", "--paths", "8000", "--seed", "7", "--device", "cpu", "--out", dir["v"]);

        Assert.True(result.ExitCode == 0, result.Stderr);
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir["v"], "var.json")));
        JsonElement root = doc.RootElement;
        Assert.Equal(8000, root.GetProperty("paths").GetInt64());
        Assert.Equal(7, root.GetProperty("seed").GetInt64());
        Assert.True(root.GetProperty("baseValue").GetDouble() != 0);
        JsonElement[] horizons = [.. root.GetProperty("horizons").EnumerateArray()];
        Assert.Equal(["1d", "7d"], horizons.Select(h => h.GetProperty("horizon").GetString()));
        foreach (JsonElement h in horizons)
        {
            JsonElement pnl = h.GetProperty("pnl");
            Assert.True(pnl.GetProperty("meanStderr").GetDouble() > 0);
            Assert.True(pnl.GetProperty("sd").GetDouble() > 0);
            foreach (JsonElement l in h.GetProperty("levels").EnumerateArray())
            {
                double var = l.GetProperty("var").GetDouble(), es = l.GetProperty("es").GetDouble();
                Assert.InRange(var, l.GetProperty("varLow").GetDouble(), l.GetProperty("varHigh").GetDouble());
                Assert.InRange(es, l.GetProperty("esLow").GetDouble(), l.GetProperty("esHigh").GetDouble());
                Assert.True(es >= var);
            }
            // Euler contributions sum to the first level's ES (an identity of the allocation).
            double es99 = h.GetProperty("levels")[0].GetProperty("es").GetDouble();
            double sum = h.GetProperty("contributions").EnumerateArray().Sum(c => c.GetProperty("es99").GetDouble());
            Assert.Equal(es99, sum, 1e-9 * es99);
            Assert.Equal(1.0, h.GetProperty("regimes").EnumerateArray().Sum(r => r.GetProperty("probability").GetDouble()), 1e-12);
            Assert.True(h.GetProperty("revaluationError").GetDouble() >= 0);
            Assert.True(File.Exists(Path.Combine(dir["v"], $"pnl_histogram_{h.GetProperty("horizon").GetString()}.png")));
        }
        Assert.True(File.Exists(Path.Combine(dir["v"], "pnl_quantiles.parquet")));
    }

    [Theory]
    [InlineData("--horizons", "0d")]
    [InlineData("--horizons", "7x")]
    [InlineData("--levels", "1.5")]
    [InlineData("--levels", "0")]
    [InlineData("--paths", "0")]
    public void Bad_values_exit_2_naming_the_option_and_write_nothing(string option, string value)
    {
        using var dir = new TempFolder();
        var result = CliRunner.Run("var", "--book", dir.Embedded("book.csv"), "--market", dir.Embedded("market.json"),
            "--device", "cpu", option, value, "--out", dir["v"]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(option, result.Stderr);
        Assert.False(Directory.Exists(dir["v"]));
    }
}
