using System.Text.Json;
using GpuRisk.IO;
using GpuRisk.Output;

namespace GpuRisk.Hedging;

/// <summary>
/// <c>thresholds.json</c>, what <c>optimize</c> exports and a vault operator pastes from (DESIGN.md):
/// <c>{ riskAversion, check, underlyings: [ { underlying, regimes: [ { regime, band, reset, bandPctGrossDelta,
/// minTrade, cooldownHours, expectedCostPerDay, hedgeErrorSdPerDay, tradesPerDay, schedule } ] } ] }</c>, where the
/// optional <c>schedule</c> is <c>[ { fromHours, band, reset, minTrade, expectedCostPerDay, hedgeErrorSdPerDay,
/// tradesPerDay } ]</c>, the thresholds per time bucket. <c>backtest --policy thresholds:FILE</c> reads it back: band
/// and reset are required, minTrade and cooldownHours replayed, the rest informative; a schedule's steps need
/// fromHours, band and reset, and a step without minTrade takes the regime's.
/// </summary>
/// <remarks>
/// A schedule starts at 0 hours with the regime's own band, reset and minimum trade (the regime's thresholds are those
/// at the valuation time), and its steps' starts strictly increase.
/// </remarks>
/// <param name="RiskAversion">The CARA risk aversion the bands were optimised for, 1/USD.</param>
/// <param name="Check">The check interval they assume (e.g. 1h).</param>
/// <param name="Entries">Per underlying and regime.</param>
public sealed record ThresholdsDocument(double RiskAversion, string Check, IReadOnlyList<ThresholdEntry> Entries)
{
    private static readonly string[] RootFields =
        ["riskAversion", "check", "underlyings", "frontier", "proof", "proofPaths", "estimationPaths"];
    private static readonly string[] UnderlyingFields = ["underlying", "regimes"];
    private static readonly string[] RegimeFields =
    [
        "regime", "band", "reset", "bandPctGrossDelta", "minTrade", "cooldownHours", "expectedCostPerDay",
        "hedgeErrorSdPerDay", "tradesPerDay", "schedule", "expectedCostPerDayStderr", "hedgeErrorSdPerDayStderr",
    ];
    private static readonly string[] StepFields = ["fromHours", "band", "reset", "minTrade", "expectedCostPerDay", "hedgeErrorSdPerDay", "tradesPerDay"];

    /// <summary>Reads <paramref name="file"/>.</summary>
    /// <exception cref="InputException">Malformed JSON or a missing or out-of-range field (file, JSON path and field named).</exception>
    public static ThresholdsDocument Read(InputFile file)
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(file.Bytes);
        }
        catch (JsonException e)
        {
            throw new InputException(file.DisplayName, $"line {(e.LineNumber ?? 0) + 1}", "json", $"not valid JSON: {e.Message.Split(" LineNumber:")[0]}", e);
        }
        using (doc)
        {
            var root = StrictJsonObject.From(doc.RootElement, file.DisplayName, "$", "$", RootFields);
            double riskAversion = root.OptionalNumber("riskAversion", NumberRule.Positive) ?? 0.0;
            string check = root.Find("check") is { ValueKind: JsonValueKind.String } c ? c.GetString()! : "";
            var entries = new List<ThresholdEntry>();
            JsonElement underlyings = root.Array("underlyings");
            int ui = 0;
            foreach (JsonElement ue in underlyings.EnumerateArray())
            {
                var u = StrictJsonObject.From(ue, file.DisplayName, $"$.underlyings[{ui}]", "underlyings", UnderlyingFields);
                string name = u.String("underlying");
                int ri = 0;
                foreach (JsonElement re in u.Array("regimes").EnumerateArray())
                {
                    var r = StrictJsonObject.From(re, file.DisplayName, $"{u.Path}.regimes[{ri}]", "regimes", RegimeFields);
                    (double band, double reset) = BandAndReset(r);
                    double minTrade = r.OptionalNumber("minTrade", NumberRule.NonNegative) ?? 0.0;
                    entries.Add(new ThresholdEntry(name, r.String("regime"), band, reset,
                        r.OptionalNumber("bandPctGrossDelta", NumberRule.Finite) ?? double.NaN,
                        minTrade,
                        r.OptionalNumber("cooldownHours", NumberRule.NonNegative) ?? 0.0,
                        r.OptionalNumber("expectedCostPerDay", NumberRule.Finite) ?? double.NaN,
                        r.OptionalNumber("hedgeErrorSdPerDay", NumberRule.Finite) ?? double.NaN,
                        r.OptionalNumber("tradesPerDay", NumberRule.Finite) ?? double.NaN,
                        r.Find("schedule") is null ? null : Schedule(r, band, reset, minTrade)));
                    ri++;
                }
                ui++;
            }
            return new ThresholdsDocument(riskAversion, check, entries);
        }
    }

    /// <summary>The required band and reset of a regime or a schedule step; the reset must lie inside the band.</summary>
    private static (double Band, double Reset) BandAndReset(StrictJsonObject o)
    {
        double band = o.Number("band", NumberRule.NonNegative);
        double reset = o.Number("reset", NumberRule.NonNegative);
        if (reset > band) throw o.Error("reset", $"({reset}) must not exceed the band ({band}): a trade lands inside the band");
        return (band, reset);
    }

    /// <summary>The schedule of <paramref name="regime"/>, whose own thresholds (those at the valuation time) its first step must repeat.</summary>
    private static ThresholdStep[] Schedule(StrictJsonObject regime, double band, double reset, double minTrade)
    {
        JsonElement array = regime.Array("schedule");
        if (array.GetArrayLength() == 0) throw regime.Error("schedule", "is empty: give its steps from 0 hours on, or leave the schedule out");
        var steps = new List<ThresholdStep>();
        foreach (JsonElement se in array.EnumerateArray())
        {
            var s = StrictJsonObject.From(se, regime.File, $"{regime.PathOf("schedule")}[{steps.Count}]", "schedule", StepFields);
            double from = s.Number("fromHours", NumberRule.NonNegative);
            if (steps.Count == 0 && from != 0) throw s.Error("fromHours", $"({from}) must be 0: the first step holds from the valuation time");
            if (steps.Count > 0 && from <= steps[^1].FromHours)
                throw s.Error("fromHours", $"({from}) must be later than the previous step's ({steps[^1].FromHours}): steps are in time order");
            (double stepBand, double stepReset) = BandAndReset(s);
            double stepMinTrade = s.OptionalNumber("minTrade", NumberRule.NonNegative) ?? minTrade;
            if (steps.Count == 0)
            {
                // The regime's thresholds are those at the valuation time: a first step that says otherwise is an edit half done.
                foreach (var (field, step, own) in new[] { ("band", stepBand, band), ("reset", stepReset, reset), ("minTrade", stepMinTrade, minTrade) })
                {
                    if (step != own) throw s.Error(field, $"({step}) differs from the regime's {field} ({own}), which is the first step's: edit both");
                }
            }
            steps.Add(new ThresholdStep(from, stepBand, stepReset, stepMinTrade,
                s.OptionalNumber("expectedCostPerDay", NumberRule.Finite) ?? double.NaN,
                s.OptionalNumber("hedgeErrorSdPerDay", NumberRule.Finite) ?? double.NaN,
                s.OptionalNumber("tradesPerDay", NumberRule.Finite) ?? double.NaN));
        }
        return [.. steps];
    }

    /// <summary>Writes the document to <paramref name="path"/> atomically, in the contract's shape; <paramref name="more"/> adds fields after it.</summary>
    public void Write(string path, Action<Utf8JsonWriter>? more = null) => AtomicFile.Write(path, stream =>
    {
        using var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        w.WriteStartObject();
        w.WriteNumber("riskAversion", RiskAversion);
        w.WriteString("check", Check);
        w.WriteStartArray("underlyings");
        foreach (IGrouping<string, ThresholdEntry> u in Entries.GroupBy(e => e.Underlying))
        {
            w.WriteStartObject();
            w.WriteString("underlying", u.Key);
            w.WriteStartArray("regimes");
            foreach (ThresholdEntry e in u)
            {
                w.WriteStartObject();
                w.WriteString("regime", e.Regime);
                w.WriteNumber("band", e.Band);
                w.WriteNumber("reset", e.Reset);
                w.WriteNumber("bandPctGrossDelta", e.BandPctGrossDelta);
                w.WriteNumber("minTrade", e.MinTrade);
                w.WriteNumber("cooldownHours", e.CooldownHours);
                w.WriteNumber("expectedCostPerDay", e.ExpectedCostPerDay);
                w.WriteNumber("hedgeErrorSdPerDay", e.HedgeErrorSdPerDay);
                w.WriteNumber("tradesPerDay", e.TradesPerDay);
                if (e.Schedule is not null) WriteSchedule(w, e.Schedule);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();
        more?.Invoke(w);
        w.WriteEndObject();
    });

    private static void WriteSchedule(Utf8JsonWriter w, IReadOnlyList<ThresholdStep> steps)
    {
        w.WriteStartArray("schedule");
        foreach (ThresholdStep step in steps)
        {
            w.WriteStartObject();
            w.WriteNumber("fromHours", step.FromHours);
            w.WriteNumber("band", step.Band);
            w.WriteNumber("reset", step.Reset);
            w.WriteNumber("minTrade", step.MinTrade);
            // The figures are informative: a step read without them has none to write.
            if (double.IsFinite(step.ExpectedCostPerDay)) w.WriteNumber("expectedCostPerDay", step.ExpectedCostPerDay);
            if (double.IsFinite(step.HedgeErrorSdPerDay)) w.WriteNumber("hedgeErrorSdPerDay", step.HedgeErrorSdPerDay);
            if (double.IsFinite(step.TradesPerDay)) w.WriteNumber("tradesPerDay", step.TradesPerDay);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }
}
