using System.Text.Json;
using GpuRisk.IO;
using GpuRisk.Output;

namespace GpuRisk.Hedging;

/// <summary>
/// <c>thresholds.json</c>, what <c>optimize</c> exports and a vault operator pastes from (DESIGN.md):
/// <c>{ riskAversion, check, underlyings: [ { underlying, regimes: [ { regime, band, reset, bandPctGrossDelta,
/// minTrade, cooldownHours, expectedCostPerDay, hedgeErrorSdPerDay, tradesPerDay } ] } ] }</c>. <c>backtest
/// --policy thresholds:FILE</c> reads it back: band and reset are required, the rest informative.
/// </summary>
/// <param name="RiskAversion">The CARA risk aversion the bands were optimised for, 1/USD.</param>
/// <param name="Check">The check interval they assume (e.g. 1h).</param>
/// <param name="Entries">Per underlying and regime.</param>
public sealed record ThresholdsDocument(double RiskAversion, string Check, IReadOnlyList<ThresholdEntry> Entries)
{
    private static readonly string[] RootFields =
        ["riskAversion", "check", "underlyings", "frontier", "schedule", "proof", "proofPaths", "estimationPaths"];
    private static readonly string[] UnderlyingFields = ["underlying", "regimes"];
    private static readonly string[] RegimeFields =
    [
        "regime", "band", "reset", "bandPctGrossDelta", "minTrade", "cooldownHours", "expectedCostPerDay",
        "hedgeErrorSdPerDay", "tradesPerDay", "schedule", "expectedCostPerDayStderr", "hedgeErrorSdPerDayStderr",
    ];

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
                    double band = r.Number("band", NumberRule.NonNegative);
                    double reset = r.Number("reset", NumberRule.NonNegative);
                    if (reset > band) throw r.Error("reset", $"({reset}) must not exceed the band ({band}): a trade lands inside the band");
                    entries.Add(new ThresholdEntry(name, r.String("regime"), band, reset,
                        r.OptionalNumber("bandPctGrossDelta", NumberRule.Finite) ?? double.NaN,
                        r.OptionalNumber("minTrade", NumberRule.NonNegative) ?? 0.0,
                        r.OptionalNumber("cooldownHours", NumberRule.NonNegative) ?? 0.0,
                        r.OptionalNumber("expectedCostPerDay", NumberRule.Finite) ?? double.NaN,
                        r.OptionalNumber("hedgeErrorSdPerDay", NumberRule.Finite) ?? double.NaN,
                        r.OptionalNumber("tradesPerDay", NumberRule.Finite) ?? double.NaN));
                    ri++;
                }
                ui++;
            }
            return new ThresholdsDocument(riskAversion, check, entries);
        }
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
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();
        more?.Invoke(w);
        w.WriteEndObject();
    });
}
