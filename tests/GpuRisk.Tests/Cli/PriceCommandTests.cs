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

    [Fact]
    public void Precision_and_steps_per_day_reach_the_simulation()
    {
        // One Black-Scholes call (exact stepping): every setting must land within 4 standard errors of the
        // analytic price, and the settings must reach the engine (float and double differ in rounding only).
        using var dir = new TempFolder();
        string book = dir.File("book.csv", "id,underlying,kind,strike,expiry,quantity\nc1,ETH,call,3500,2026-12-25T08:00:00Z,1\n");
        string market = dir.File("market.json", """
            { "valuationTime": "2026-11-24T08:00:00Z", "rate": 0.04, "underlyings": { "ETH": { "spot": 3400, "vol": 0.75 } } }
            """);
        double Value(string name, params string[] extra)
        {
            var result = CliRunner.Run(["price", "--book", book, "--market", market, "--out", dir[name], "--device", "cpu", .. extra]);
            Assert.True(result.ExitCode == 0, result.Stderr);
            using JsonDocument doc = JsonDocument.Parse(File.ReadAllText(dir[name]));
            return doc.RootElement.GetProperty("book").GetProperty("value").GetDouble();
        }
        double analytic = Value("a.json");
        string[] mc = ["--method", "mc", "--paths", "4000", "--seed", "5"];
        double single = Value("f.json", [.. mc, "--precision", "float", "--steps-per-day", "1"]);
        double twice = Value("d.json", [.. mc, "--precision", "double", "--steps-per-day", "1"]);
        double finer = Value("s.json", [.. mc, "--precision", "double", "--steps-per-day", "3"]);
        // Black-Scholes: vol 0.75, 31 days: the price's sd over 4000 paths is ~1.5% of ~250 USD; 4 standard errors.
        foreach (double v in new[] { single, twice, finer }) Assert.InRange(v, analytic * 0.94, analytic * 1.06);
        Assert.NotEqual(single, twice);
        Assert.NotEqual(twice, finer);
        Assert.Equal(single, twice, 1e-4 * analytic);
    }

    [Fact]
    public void A_gpu_that_is_not_there_falls_back_to_the_cpu_with_a_warning()
    {
        using var dir = new TempFolder();
        bool hasCuda = GpuRisk.Devices.DeviceSelector.List().Any(d => d.Kind == "cuda");
        var result = CliRunner.Run("price", "--book", dir.Embedded("book.csv"), "--market", dir.Embedded("market.json"),
            "--method", "mc", "--paths", "2000", "--device", "cuda", "--out", dir["p.json"]);

        Assert.True(result.ExitCode == 0, result.Stderr);
        using JsonDocument doc = JsonDocument.Parse(File.ReadAllText(dir["p.json"]));
        string device = doc.RootElement.GetProperty("device").GetString()!;
        if (hasCuda && !result.Stderr.Contains("warning:"))
        {
            Assert.StartsWith("cuda", device);
            return;
        }
        Assert.Contains("warning:", result.Stderr);
        Assert.Contains("CUDA", result.Stderr, StringComparison.OrdinalIgnoreCase);
        Assert.StartsWith("cpu", device);
    }

    [Fact]
    public void A_failure_that_is_not_bad_input_exits_1()
    {
        // --out under a regular file: the path is well formed, but the file system cannot create it.
        using var dir = new TempFolder();
        string blocker = dir.File("blocker", "a file, not a folder");
        var result = CliRunner.Run("price", "--book", dir.Embedded("book.csv"), "--market", dir.Embedded("market.json"),
            "--out", Path.Combine(blocker, "p.json"));

        Assert.True(result.ExitCode == 1, $"exit {result.ExitCode}: {result.Stderr}");
        Assert.StartsWith("failed:", result.Stderr);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("price", "--help")]
    [InlineData("stress", "-h")]
    [InlineData("run", "--help")]
    [InlineData("bench", "--help")]
    [InlineData("devices", "--help")]
    public void Help_prints_usage_and_succeeds(params string[] args)
    {
        var result = CliRunner.Run(args);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Usage:", result.Stdout);
        Assert.Empty(result.Stderr);
    }

    [Fact]
    public void Devices_lists_the_accelerators_with_the_auto_pick_marked()
    {
        var result = CliRunner.Run("devices");
        Assert.Equal(0, result.ExitCode);
        var devices = GpuRisk.Devices.DeviceSelector.List();
        foreach (var d in devices) Assert.Contains(d.Name, result.Stdout);
        Assert.Contains(result.Stdout.Split('\n'), l => l.StartsWith(devices.Single(d => d.AutoPick).Kind) && l.Contains(" yes "));
    }
}
