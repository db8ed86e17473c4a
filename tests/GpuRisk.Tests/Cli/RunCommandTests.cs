using System.Security.Cryptography;
using System.Text.Json;
using GpuRisk.IO;
using GpuRisk.Output;
using Parquet.Serialization;

namespace GpuRisk.Tests.Cli;

/// <summary>
/// <c>gpurisk run</c>: the files of its folder hold what DESIGN.md says and agree with what <c>price</c> and
/// <c>stress</c> give for the same inputs and settings.
/// </summary>
public sealed class RunCommandTests(DefaultRunFixture run) : IClassFixture<DefaultRunFixture>
{
    private const ulong DefaultSeed = 20261124; // data/nightly.json
    private static readonly string[] Figures = ["value", "stderr", "delta", "gamma", "vega", "theta"];

    private JsonDocument Summary() => JsonDocument.Parse(File.ReadAllText(Path.Combine(run.OutDir, "summary.json")));

    [Fact]
    public void The_manifest_names_the_settings_and_hashes_the_inputs()
    {
        Assert.True(run.Result.ExitCode == 0, run.Result.Stderr);
        using JsonDocument doc = Summary();
        JsonElement root = doc.RootElement;
        Assert.False(string.IsNullOrEmpty(root.GetProperty("version").GetString()));
        Assert.StartsWith("cpu", root.GetProperty("device").GetString());
        Assert.Equal(DefaultSeed, root.GetProperty("seed").GetUInt64());
        Assert.Equal(DefaultRunFixture.Paths, root.GetProperty("paths").GetInt64());
        Assert.Equal(2, root.GetProperty("stepsPerDay").GetInt32());
        Assert.Equal("float", root.GetProperty("precision").GetString());
        // The manifest's hashes are those of the embedded files, hashed here independently.
        var hashes = root.GetProperty("inputs").EnumerateArray()
            .ToDictionary(e => e.GetProperty("role").GetString()!, e => e.GetProperty("sha256").GetString()!);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(InputFile.Embedded("book.csv").Bytes)), hashes["book"]);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(InputFile.Embedded("market.json").Bytes)), hashes["market"]);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(InputFile.Embedded("nightly.json").Bytes)), hashes["config"]);
        Assert.Equal(["inputs", "analytic", "mc", "stress", "var", "backtest", "optimize"], root.GetProperty("timings").EnumerateArray().Select(t => t.GetProperty("stage").GetString()));
        Assert.Empty(Directory.GetFiles(run.OutDir, "*.tmp", SearchOption.AllDirectories));
    }

    [Fact]
    public void The_summary_figures_are_those_the_price_command_gives()
    {
        string book = run.Scratch("book.csv"), market = run.Scratch("market.json");
        File.WriteAllBytes(book, InputFile.Embedded("book.csv").Bytes);
        File.WriteAllBytes(market, InputFile.Embedded("market.json").Bytes);
        JsonElement Priced(string name, params string[] extra)
        {
            var result = CliRunner.Run(["price", "--book", book, "--market", market, "--out", run.Scratch(name), .. extra]);
            Assert.True(result.ExitCode == 0, result.Stderr);
            return JsonDocument.Parse(File.ReadAllText(run.Scratch(name))).RootElement.GetProperty("book");
        }
        JsonElement analytic = Priced("analytic.json");
        // The same seed, paths, steps and device: the run's Monte Carlo stage must give the same numbers.
        JsonElement mc = Priced("mc.json", "--method", "mc", "--paths", $"{DefaultRunFixture.Paths}", "--seed", $"{DefaultSeed}",
            "--steps-per-day", "2", "--device", "cpu");

        using JsonDocument doc = Summary();
        JsonElement valuation = doc.RootElement.GetProperty("valuation");
        foreach (string f in Figures)
        {
            Assert.Equal(analytic.GetProperty(f).GetDouble(), valuation.GetProperty("analytic").GetProperty(f).GetDouble());
            Assert.Equal(mc.GetProperty(f).GetDouble(), valuation.GetProperty("mc").GetProperty(f).GetDouble());
        }
        Assert.Equal(DefaultRunFixture.Paths, valuation.GetProperty("mc").GetProperty("paths").GetInt64());
        Assert.True(valuation.GetProperty("mc").GetProperty("stderr").GetDouble() > 0);
        // mcMinusAnalytic is what it says, in USD and in standard errors.
        JsonElement gap = doc.RootElement.GetProperty("mcMinusAnalytic");
        double difference = mc.GetProperty("value").GetDouble() - analytic.GetProperty("value").GetDouble();
        Assert.Equal(difference, gap.GetProperty("value").GetDouble(), 1e-9 * Math.Abs(analytic.GetProperty("value").GetDouble()));
        Assert.Equal(difference / mc.GetProperty("stderr").GetDouble(), gap.GetProperty("standardErrors").GetDouble(), 1e-9);
    }

    [Fact]
    public async Task Positions_parquet_has_one_row_per_position_and_method_and_a_book_row()
    {
        string[] ids = System.Text.Encoding.UTF8.GetString(InputFile.Embedded("book.csv").Bytes)
            .Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(',')[0]).ToArray();
        await using FileStream stream = File.OpenRead(Path.Combine(run.OutDir, "positions.parquet"));
        IList<PositionsTable.Row> rows = (await ParquetSerializer.DeserializeAsync<PositionsTable.Row>(stream)).Data;

        using JsonDocument doc = Summary();
        foreach (string method in new[] { "analytic", "mc" })
        {
            PositionsTable.Row[] mine = rows.Where(r => r.Method == method).ToArray();
            Assert.Equal([.. ids, "BOOK"], mine.Select(r => r.Id));
            PositionsTable.Row total = mine[^1];
            Assert.Equal(doc.RootElement.GetProperty("valuation").GetProperty(method).GetProperty("value").GetDouble(), total.Value);
            // The book row is the sum of the positions (an identity, not a cached number).
            Assert.Equal(mine[..^1].Sum(r => r.Value), total.Value, 1e-9 * Math.Abs(total.Value));
            Assert.All(mine, r => Assert.True(double.IsFinite(r.Value) && double.IsFinite(r.Delta)));
            // Monte Carlo Greeks carry standard errors (the book's at least); analytic ones none.
            Assert.Equal(method == "mc", total.DeltaStdErr is not null);
            if (method == "analytic") Assert.All(mine, r => Assert.Null(r.DeltaStdErr));
        }
        Assert.Equal(2 * (ids.Length + 1), rows.Count);
    }

    [Fact]
    public void Risk_matrix_json_has_the_design_shape_and_its_worst_cell_is_the_lowest()
    {
        using JsonDocument matrix = JsonDocument.Parse(File.ReadAllText(Path.Combine(run.OutDir, "risk_matrix.json")));
        JsonElement[] cells = matrix.RootElement.GetProperty("cells").EnumerateArray().ToArray();
        // Deribit's grid: 9 spot points x 3 vols + 8 extended moves, for BTC alone, ETH alone and ALL.
        Assert.Equal(35 * 3, cells.Length);
        Assert.Equal(["BTC", "ETH", "ALL"], cells.Select(c => c.GetProperty("underlying").GetString()).Distinct());
        foreach (JsonElement c in cells)
        {
            foreach (string f in new[] { "spotShock", "volShock", "valueChange", "delta", "gamma", "vega", "theta" })
            {
                Assert.True(double.IsFinite(c.GetProperty(f).GetDouble()), f);
            }
        }
        JsonElement lowest = cells.MinBy(c => c.GetProperty("valueChange").GetDouble());
        JsonElement worst = matrix.RootElement.GetProperty("worst");
        foreach (string f in new[] { "underlying", "spotShock", "volShock", "valueChange" })
        {
            Assert.Equal(lowest.GetProperty(f).ToString(), worst.GetProperty(f).ToString());
        }
        // The summary repeats the worst cell, and the stress base value is the analytic book value (the device's
        // Fourier pricer and the host's engine are independent and each within 1e-6 of QuantLib).
        using JsonDocument doc = Summary();
        JsonElement stress = doc.RootElement.GetProperty("stress");
        Assert.Equal(JsonSerializer.Serialize(worst), JsonSerializer.Serialize(stress.GetProperty("worst")));
        Assert.Equal(cells.Length, stress.GetProperty("cells").GetInt32());
        double analytic = doc.RootElement.GetProperty("valuation").GetProperty("analytic").GetProperty("value").GetDouble();
        Assert.Equal(analytic, stress.GetProperty("baseValue").GetDouble(), 2e-6 * Math.Abs(analytic));
        Assert.True(File.Exists(Path.Combine(run.OutDir, "risk_matrix.parquet")));
        Assert.True(File.Exists(Path.Combine(run.OutDir, "risk_matrix.png")));
    }

    [Fact]
    public void Command_line_options_override_the_config()
    {
        using var dir = new TempFolder();
        dir.File("b.csv", "id,underlying,kind,strike,expiry,quantity\nc,ETH,call,3500,2026-12-25T08:00:00Z,1\n");
        dir.Embedded("market.json");
        string config = dir.File("c.json", """
            { "book": "b.csv", "market": "market.json", "out": "ignored", "paths": 1000, "seed": 3, "stepsPerDay": 1,
              "precision": "float", "device": "auto", "stressGrid": { "spot": [0] } }
            """);

        var result = CliRunner.Run("run", "--config", config, "--out", dir["o"], "--paths", "2000", "--seed", "5",
            "--steps-per-day", "3", "--precision", "double", "--device", "cpu");

        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.False(Directory.Exists(dir["ignored"]));
        using JsonDocument doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir["o"], "summary.json")));
        JsonElement root = doc.RootElement;
        Assert.Equal((2000L, 5UL, 3, "double"), (root.GetProperty("paths").GetInt64(), root.GetProperty("seed").GetUInt64(),
            root.GetProperty("stepsPerDay").GetInt32(), root.GetProperty("precision").GetString()));
        Assert.StartsWith("cpu", root.GetProperty("device").GetString());
        // What the command line left alone comes from the config: its one-cell grid, times ETH and ALL.
        Assert.Equal(2, root.GetProperty("stress").GetProperty("cells").GetInt32());
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

    [Theory]
    [InlineData("book")]
    [InlineData("market")]
    public void A_config_naming_a_missing_file_names_the_config_and_the_field(string field)
    {
        using var dir = new TempFolder();
        dir.Embedded("book.csv");
        dir.Embedded("market.json");
        string config = dir.File("nightly.json", $"{{ \"{field}\": \"nope.csv\", \"out\": {JsonSerializer.Serialize(dir["o"])} }}");

        var result = CliRunner.Run("run", "--config", config, "--device", "cpu");

        Assert.True(result.ExitCode == 2, $"exit {result.ExitCode}: {result.Stderr}");
        Assert.Contains($"{config}: row $.{field}, field '{field}'", result.Stderr);
        Assert.Contains("nope.csv", result.Stderr);
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
