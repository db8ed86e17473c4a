using System.Text.Json;

namespace GpuRisk.Tests.Cli;

public sealed class StressCommandTests
{
    private const string LowVolMarket = """
        { "valuationTime": "2026-11-24T08:00:00Z", "rate": 0.04,
          "underlyings": { "U01": { "spot": 100, "vol": 0.20 } } }
        """;

    private const string OneWeekCall = "id,underlying,kind,strike,expiry,quantity\nc1,U01,call,100,2026-12-01T08:00:00Z,1\n";

    [Fact]
    public void The_default_grid_works_on_a_low_vol_market_and_the_worst_cell_says_the_floor_set_its_shift()
    {
        // DESIGN.md: the default grid must work for every valid market. A 20% vol cannot take Deribit's -30
        // points; the floor halves it instead (a shift of -0.10).
        using var dir = new TempFolder();
        string book = dir.File("book.csv", OneWeekCall), market = dir.File("market.json", LowVolMarket);

        var result = CliRunner.Run("stress", "--book", book, "--market", market, "--device", "cpu", "--out", dir["s"]);

        Assert.True(result.ExitCode == 0, result.Stderr);
        using JsonDocument doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir["s"], "risk_matrix.json")));
        JsonElement worst = doc.RootElement.GetProperty("worst");
        // A long call loses most when spot and vol both fall.
        Assert.Equal((-0.16, -0.3), (worst.GetProperty("spotShock").GetDouble(), worst.GetProperty("volShock").GetDouble()));
        JsonElement shift = Assert.Single(worst.GetProperty("volShifts").EnumerateArray().ToArray());
        Assert.Equal("2026-12-01T08:00:00Z", shift.GetProperty("expiry").GetString());
        Assert.Equal(7.0, shift.GetProperty("daysToExpiry").GetDouble(), 1e-12);
        Assert.Equal(-0.3, shift.GetProperty("scaled").GetDouble()); // down shocks are capped at their 30-day size
        Assert.Equal(-0.1, shift.GetProperty("applied").GetDouble(), 1e-15);
        Assert.True(shift.GetProperty("floored").GetBoolean());
        Assert.Contains("vol shift applied to U01: -0.1 over 1 expiry (1 floored from -0.3", result.Stdout);
    }

    [Fact]
    public void Monte_Carlo_stress_agrees_with_the_analytic_matrix_within_its_standard_errors()
    {
        // A tiny grid and few paths: the command path of --method mc, checked cell by cell against --method analytic.
        using var dir = new TempFolder();
        string book = dir.File("book.csv", OneWeekCall), market = dir.File("market.json", LowVolMarket);
        string[] common = ["stress", "--book", book, "--market", market, "--device", "cpu", "--grid", "spot=-0.05,0.05;vol=0.1;power=0"];

        var mc = CliRunner.Run([.. common, "--method", "mc", "--paths", "4000", "--seed", "11", "--out", dir["mc"]]);
        var analytic = CliRunner.Run([.. common, "--out", dir["a"]]);

        Assert.True(mc.ExitCode == 0, mc.Stderr);
        Assert.True(analytic.ExitCode == 0, analytic.Stderr);
        JsonElement[] mcCells = Cells(dir["mc"]), analyticCells = Cells(dir["a"]);
        Assert.Equal(4, mcCells.Length); // (U01, ALL) x 2 scenarios
        for (int i = 0; i < mcCells.Length; i++)
        {
            double stderr = mcCells[i].GetProperty("valueChangeStderr").GetDouble();
            Assert.True(stderr > 0);
            // 4 standard errors: with 4 cells a false alarm has probability about 3e-4; the seed is fixed anyway.
            Assert.InRange(mcCells[i].GetProperty("valueChange").GetDouble(),
                analyticCells[i].GetProperty("valueChange").GetDouble() - 4 * stderr,
                analyticCells[i].GetProperty("valueChange").GetDouble() + 4 * stderr);
        }
    }

    private static JsonElement[] Cells(string folder)
    {
        using JsonDocument doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "risk_matrix.json")));
        Assert.Equal(Path.GetFileName(folder) == "mc" ? "mc" : "analytic", doc.RootElement.GetProperty("method").GetString());
        return doc.RootElement.GetProperty("cells").EnumerateArray().Select(c => c.Clone()).ToArray();
    }
}
