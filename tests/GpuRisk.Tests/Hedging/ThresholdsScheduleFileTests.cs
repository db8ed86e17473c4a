using System.Text;
using GpuRisk.Hedging;
using GpuRisk.IO;

namespace GpuRisk.Tests.Hedging;

/// <summary>thresholds.json's schedule: written and read back as it was, and every bad step named by file, JSON path and field.</summary>
public sealed class ThresholdsScheduleFileTests
{
    private const string Regime = "$.underlyings[0].regimes[0]";

    /// <summary>A file whose one regime has band 0.5, reset 0.2, minTrade 0.3 and the schedule <paramref name="schedule"/> (JSON text).</summary>
    private static InputFile File(string schedule) => new("t.json", Encoding.UTF8.GetBytes(
        $$"""{ "riskAversion": 1e-5, "check": "1h", "underlyings": [ { "underlying": "BTC", "regimes": [ { "regime": "normal", "band": 0.5, "reset": 0.2, "minTrade": 0.3, "schedule": {{schedule}} } ] } ] }"""));

    /// <summary>What the writer writes the reader reads back: every step's start, thresholds and figures, exactly.</summary>
    [Fact]
    public void A_schedule_round_trips_exactly()
    {
        ThresholdStep[] steps = [new(0, 0.5, 0.2, 0.3, 41.2, 880.0, 2.4), new(72, 1.0 / 3, 0.1, 1.0 / 3 - 0.1, 17.0, 512.5, 1.1), new(126, 0.25, 0.25, 0.0, double.NaN, double.NaN, double.NaN)];
        var written = new ThresholdsDocument(1e-5, "1h", [new ThresholdEntry("BTC", "normal", 0.5, 0.2, 1.5, 0.3, 2, 30, 700, 1.8, steps)]);
        string path = Path.Combine(Path.GetTempPath(), $"gpurisk-schedule-{Guid.NewGuid():N}.json");
        try
        {
            written.Write(path);
            ThresholdEntry read = Assert.Single(ThresholdsDocument.Read(InputFile.FromPath(path)).Entries);
            Assert.Equal(steps, read.Schedule!);
            Assert.Equal(written.Entries[0] with { Schedule = null }, read with { Schedule = null });
        }
        finally
        {
            System.IO.File.Delete(path);
        }
    }

    /// <summary>A step without minTrade takes the regime's; a regime without a schedule is one step from 0.</summary>
    [Fact]
    public void A_step_without_a_minimum_trade_takes_the_regimes()
    {
        ThresholdEntry e = Assert.Single(ThresholdsDocument.Read(File("""[ { "fromHours": 0, "band": 0.5, "reset": 0.2 }, { "fromHours": 24, "band": 0.9, "reset": 0.1 } ]""")).Entries);
        Assert.Equal([0.3, 0.3], e.Steps().Select(s => s.MinTrade));
        Assert.Equal([0.0, 24.0], e.Steps().Select(s => s.FromHours));
        ThresholdEntry plain = e with { Schedule = null };
        Assert.Equal([new ThresholdStep(0, 0.5, 0.2, 0.3, double.NaN, double.NaN, double.NaN)], plain.Steps());
    }

    [Theory]
    [InlineData("""{ "fromHours": 0 }""", Regime + ".schedule", "schedule")]
    [InlineData("""[]""", Regime + ".schedule", "schedule")]
    [InlineData("""[ 0.5 ]""", Regime + ".schedule[0]", "schedule")]
    [InlineData("""[ { "fromHours": 0, "band": 0.5, "reset": 0.2 }, { "fromHours": 24, "reset": 0.1 } ]""", Regime + ".schedule[1].band", "band")]
    [InlineData("""[ { "fromHours": 0, "band": 0.5, "reset": 0.2 }, { "fromHours": 24, "band": 0.5, "reset": -0.1 } ]""", Regime + ".schedule[1].reset", "reset")]
    [InlineData("""[ { "fromHours": 0, "band": 0.5, "reset": 0.2 }, { "fromHours": 24, "band": 0.5, "reset": 0.7 } ]""", Regime + ".schedule[1].reset", "reset")]
    [InlineData("""[ { "fromHours": 0, "band": 0.5, "reset": 0.2 }, { "fromHours": 24, "band": 0.5, "reset": 0.1, "minTrade": "big" } ]""", Regime + ".schedule[1].minTrade", "minTrade")]
    [InlineData("""[ { "fromHours": 2, "band": 0.5, "reset": 0.2 } ]""", Regime + ".schedule[0].fromHours", "fromHours")]
    [InlineData("""[ { "band": 0.5, "reset": 0.2 } ]""", Regime + ".schedule[0].fromHours", "fromHours")]
    [InlineData("""[ { "fromHours": 0, "band": 0.5, "reset": 0.2 }, { "fromHours": 24, "band": 0.5, "reset": 0.1 }, { "fromHours": 24, "band": 0.4, "reset": 0.1 } ]""", Regime + ".schedule[2].fromHours", "fromHours")]
    [InlineData("""[ { "fromHours": 0, "band": 0.5, "reset": 0.2 }, { "fromHours": 1e400, "band": 0.4, "reset": 0.1 } ]""", Regime + ".schedule[1].fromHours", "fromHours")]
    [InlineData("""[ { "fromHours": 0, "band": 0.6, "reset": 0.2 } ]""", Regime + ".schedule[0].band", "band")]
    [InlineData("""[ { "fromHours": 0, "band": 0.5, "reset": 0.1 } ]""", Regime + ".schedule[0].reset", "reset")]
    [InlineData("""[ { "fromHours": 0, "band": 0.5, "reset": 0.2, "minTrade": 0 } ]""", Regime + ".schedule[0].minTrade", "minTrade")]
    [InlineData("""[ { "fromHours": 0, "band": 0.5, "reset": 0.2, "cooldownHours": 1 } ]""", Regime + ".schedule[0].cooldownHours", "cooldownHours")]
    public void A_bad_schedule_names_the_file_path_and_field(string schedule, string path, string field)
    {
        var e = Assert.Throws<InputException>(() => ThresholdsDocument.Read(File(schedule)));
        Assert.Equal("t.json", e.File);
        Assert.Equal(path, e.Row);
        Assert.Equal(field, e.Field);
    }
}
