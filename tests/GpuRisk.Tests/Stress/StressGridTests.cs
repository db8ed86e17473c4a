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
    public void DownShocksAreFlooredAtHalfTheLowestVol()
    {
        var scaling = VolShockScaling.None;
        // Black-Scholes at 25%: -0.3 would leave -5%; the floor keeps half, so the shift is -0.125.
        VolShift bs = scaling.Shift(-0.3, 7, UnderlyingModel.BlackScholes(0.25));
        Assert.Equal((-0.3, -0.125, true), (bs.Scaled, bs.Applied, bs.Floored));
        // A cut that leaves more than half is applied as is, and an up shock is never touched.
        Assert.Equal(new VolShift(-0.1, -0.1), scaling.Shift(-0.1, 7, UnderlyingModel.BlackScholes(0.25)));
        Assert.Equal(new VolShift(3.0, 3.0), scaling.Shift(3.0, 7, UnderlyingModel.BlackScholes(0.25)));
        // Heston: sqrt(theta) = 0.2 is the lowest, so it sets the floor for the parallel shift: -0.1.
        var heston = new UnderlyingModel(null, new HestonParameters(0.25, 2, 0.04, 1, -0.5), null);
        Assert.Equal(new VolShift(-0.25, -0.1), scaling.Shift(-0.25, 7, heston));
        // Time scaling comes first: -0.1 at the 1-day floor, uncapped, is -0.1 x 30^0.3 = -0.277, then floored.
        var uncapped = VolShockScaling.Deribit with { MaxDownScale = double.PositiveInfinity };
        VolShift scaled = uncapped.Shift(-0.1, 0.5, UnderlyingModel.BlackScholes(0.25));
        Assert.Equal(-0.1 * Math.Pow(30, 0.3), scaled.Scaled, 1e-12);
        Assert.Equal(-0.125, scaled.Applied);
    }

    [Theory]
    [InlineData(0.01)]
    [InlineData(0.2)]
    [InlineData(1.5)]
    public void NoShockOfAnyGridDrivesAVolToZeroOrBelow(double vol)
    {
        // Every scale (1 hour to 2 years) and shock size from the contract's range and beyond: the shifted
        // vols, Black-Scholes vol and Heston's sqrt(v0) and sqrt(theta), keep at least half their base value.
        var uncapped = VolShockScaling.Deribit with { MaxDownScale = double.PositiveInfinity };
        var bs = UnderlyingModel.BlackScholes(vol);
        var heston = new UnderlyingModel(null, new HestonParameters(4 * vol * vol, 2, vol * vol, 1, -0.5), null);
        foreach (double shock in new[] { -5.0, -1.0, -0.3, -0.01, 0.0, 0.45 })
        foreach (double days in new[] { 1.0 / 24, 1, 7, 30, 730 })
        {
            Assert.True(bs.ShiftVol(uncapped.Shift(shock, days, bs).Applied).Vol >= 0.5 * vol);
            HestonParameters h = heston.ShiftVol(uncapped.Shift(shock, days, heston).Applied).Heston!;
            Assert.True(Math.Sqrt(h.Theta) >= 0.5 * vol * (1 - 1e-12), $"sqrt(theta) {Math.Sqrt(h.Theta)}");
            Assert.True(Math.Sqrt(h.V0) > Math.Sqrt(h.Theta));
        }
    }
}
