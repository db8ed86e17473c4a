using System.Text.Json;
using GpuRisk.Models;
using GpuRisk.Stress;
using static GpuRisk.Tests.Stress.StressFixtures;

namespace GpuRisk.Tests.Stress;

/// <summary>Grid construction, parsing and the input errors the CLI maps to exit code 2.</summary>
public sealed class StressGridTests
{
    [Fact]
    public void DeribitDefaultHasNinePointsTimesThreeVolsPlusExtendedMovesWithVolUp()
    {
        StressGrid g = StressGrid.DeribitDefault;
        Assert.Equal(9 * 3 + 8, g.Scenarios.Count);
        Assert.Equal(-0.16, g.Scenarios.Min(s => s.SpotShock < -0.2 ? 0 : s.SpotShock));
        Assert.All(g.Scenarios.Where(s => Math.Abs(s.SpotShock) > 0.16), s => Assert.Equal(StressGrid.DeribitVolUp, s.VolShock));
        // (30/15)^0.30 = 1.2311444133449163 (Deribit's example: 15 days to expiry); 1 day is floored at 1.
        Assert.Equal(0.45 * 1.2311444133449163, g.Scaling.Scale(0.45, 15), 1e-12);
        Assert.Equal(0.45 * Math.Pow(30, 0.3), g.Scaling.Scale(0.45, 0.1), 1e-12);
        Assert.Equal(-0.30, g.Scaling.Scale(-0.30, 2), 1e-12);
        Assert.Equal(0.45 * Math.Pow(30.0 / 90.0, 0.13), g.Scaling.Scale(0.45, 90), 1e-12);
    }

    [Fact]
    public void ParsesCommandLineAndJsonGrids()
    {
        StressGrid cli = StressGrid.Parse("spot=-0.2,-0.1,0,0.1,0.2; vol=-0.1,0,0.1; ext=-0.5,1; power=0");
        Assert.Equal(5 * 3 + 2, cli.Scenarios.Count);
        Assert.Equal(new StressScenario(-0.5, 0.1), cli.Scenarios[15]);
        Assert.Equal(0.1, cli.Scaling.Scale(0.1, 1));
        using var doc = JsonDocument.Parse("""{ "spot": [-0.1, 0, 0.1], "vol": 0.05, "power": [0.3, 0.1], "dteFloorDays": 2 }""");
        StressGrid json = StressGrid.FromJson(doc.RootElement, "nightly.json", "$.stress.grid");
        Assert.Equal(3, json.Scenarios.Count);
        Assert.Equal(2.0, json.Scaling.DteFloorDays);
        using var preset = JsonDocument.Parse("""{ "preset": "deribit" }""");
        Assert.Equal(35, StressGrid.FromJson(preset.RootElement, "nightly.json", "$.stress.grid").Scenarios.Count);
    }

    [Theory]
    [InlineData("", "spot")]
    [InlineData("vol=0.1", "spot")]
    [InlineData("spot=", "spot")]
    [InlineData("spot=-0.1,NaN", "spot")]
    [InlineData("spot=0.1;vol=Infinity", "vol")]
    [InlineData("spot=-1", "spot")]
    [InlineData("spot=0;ext=-1.5", "ext")]
    [InlineData("spot=0;power=-1", "power")]
    [InlineData("spot=0;colour=1", "colour")]
    public void BadCommandLineGridIsAnInputError(string text, string field)
    {
        var e = Assert.Throws<InputException>(() => StressGrid.Parse(text));
        Assert.Equal("--grid", e.File);
        Assert.Equal(field, e.Field);
    }

    [Fact]
    public void BadJsonGridNamesFileAndPath()
    {
        using var doc = JsonDocument.Parse("""{ "spot": [], "vol": [0] }""");
        var e = Assert.Throws<InputException>(() => StressGrid.FromJson(doc.RootElement, "nightly.json", "$.stress.grid"));
        Assert.Equal(("nightly.json", "$.stress.grid", "spot"), (e.File, e.Row, e.Field));
        using var strings = JsonDocument.Parse("""{ "spot": ["a"] }""");
        Assert.Throws<InputException>(() => StressGrid.FromJson(strings.RootElement, "nightly.json", "$.stress.grid"));
    }

    [Fact]
    public void VolShockThatMakesAVolNegativeIsAnInputError()
    {
        var bs = Market(0.04, BlackScholes("ETH", 3400, 0.25));
        var e = Assert.Throws<InputException>(() => StressGrid.Parse("spot=0;vol=-0.3;power=0").ValidateFor(bs));
        Assert.Contains("ETH", e.Problem);
        // Heston: sqrt(theta) = 0.2 is the lowest; -0.25 crosses it even though sqrt(v0) = 0.5 does not.
        var heston = Market(0.04, Heston("BTC", 95000, new HestonParameters(0.25, 2, 0.04, 1, -0.5)));
        Assert.Throws<InputException>(() => StressGrid.Parse("spot=0;vol=-0.25;power=0").ValidateFor(heston));
        StressGrid.Parse("spot=0;vol=-0.15;power=0").ValidateFor(heston);
        // Scaling counts: -0.1 at the 1-day floor with an uncapped down scale of 30^0.3 = 2.77 takes 0.25 below zero.
        StressGrid scaled = StressGrid.Parse("spot=0;vol=-0.1;power=0.3");
        scaled = scaled with { Scaling = scaled.Scaling with { MaxDownScale = double.PositiveInfinity } };
        Assert.Throws<InputException>(() => scaled.ValidateFor(bs));
    }
}
