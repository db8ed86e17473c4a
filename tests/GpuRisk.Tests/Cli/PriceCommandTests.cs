using System.Text.Json;

namespace GpuRisk.Tests.Cli;

public sealed class PriceCommandTests
{
    [Fact]
    public void Price_out_writes_the_json_shape_of_the_design()
    {
        using var dir = new TempFolder();
        string book = dir.Embedded("book.csv");
        string market = dir.Embedded("market.json");

        var result = CliRunner.Run("price", "--book", book, "--market", market, "--method", "analytic", "--out", dir["p.json"]);

        Assert.Equal(0, result.ExitCode);
        using var doc = JsonDocument.Parse(File.ReadAllText(dir["p.json"]));
        JsonElement root = doc.RootElement;
        Assert.Equal("analytic", root.GetProperty("method").GetString());
        Assert.Equal(0, root.GetProperty("paths").GetInt64());
        Assert.False(string.IsNullOrEmpty(root.GetProperty("device").GetString()));
        string[] figures = ["value", "stderr", "delta", "gamma", "vega", "theta"];
        JsonElement[] positions = root.GetProperty("positions").EnumerateArray().ToArray();
        Assert.Equal(102, positions.Length);
        foreach (JsonElement p in positions)
        {
            Assert.False(string.IsNullOrEmpty(p.GetProperty("id").GetString()));
            foreach (string f in figures) Assert.True(double.IsFinite(p.GetProperty(f).GetDouble()), f);
        }
        // The book is the sum of its positions (an identity, not a cached number).
        JsonElement total = root.GetProperty("book");
        foreach (string f in new[] { "value", "delta", "gamma", "vega", "theta" })
        {
            double sum = positions.Sum(p => p.GetProperty(f).GetDouble());
            Assert.Equal(sum, total.GetProperty(f).GetDouble(), 1e-9 * Math.Max(1, Math.Abs(sum)));
        }
    }

    [Fact]
    public void Price_without_out_prints_a_table_with_every_position()
    {
        using var dir = new TempFolder();
        string book = dir.File("book.csv", "id,underlying,kind,strike,expiry,quantity\nc1,ETH,call,3500,2026-12-25T08:00:00Z,2\np1,ETH,perp,,,-1\n");
        string market = dir.Embedded("market.json");

        var result = CliRunner.Run("price", "--book", book, "--market", market);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("c1", result.Stdout);
        Assert.Contains("p1", result.Stdout);
        Assert.Contains("BOOK", result.Stdout);
    }

    [Fact]
    public void A_missing_required_option_is_bad_input()
    {
        var result = CliRunner.Run("price", "--book", "x.csv");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--market", result.Stderr);
    }

    [Fact]
    public void A_missing_file_is_bad_input_naming_the_file()
    {
        using var dir = new TempFolder();
        var result = CliRunner.Run("price", "--book", dir["nope.csv"], "--market", dir["nope.json"]);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("nope.", result.Stderr);
    }
}
