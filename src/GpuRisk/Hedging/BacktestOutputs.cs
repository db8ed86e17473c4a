using System.Text.Json;
using GpuRisk.Output;
using GpuRisk.Risk;
using Parquet.Serialization;

namespace GpuRisk.Hedging;

/// <summary>
/// What <c>backtest --out D</c> writes into D, each file atomically: <c>backtest.json</c>
/// (<c>{ device, horizon, check, paths, seed, gapLimit, policies: [...] }</c>, each policy in DESIGN.md's shape plus
/// standard errors where the contract leaves room) and <c>backtest.parquet</c>, one row per policy.
/// </summary>
public static class BacktestOutputs
{
    /// <summary>File names inside the output folder.</summary>
    public const string Json = "backtest.json", Parquet = "backtest.parquet";

    /// <summary>One row of the Parquet table; property names are the column names (USD unless named).</summary>
    public sealed class Row
    {
        public string Policy { get; set; } = "";
        public long Paths { get; set; }
        public double PnlMean { get; set; }
        public double PnlMeanStderr { get; set; }
        public double PnlSd { get; set; }
        public double PnlSdStderr { get; set; }
        public double CostMean { get; set; }
        public double CostMeanStderr { get; set; }
        public double HedgeErrorSd { get; set; }
        public double HedgeErrorSdStderr { get; set; }
        public double TradesPerDay { get; set; }
        public double FailedPerDay { get; set; }
        public double Es99 { get; set; }
        public double Es99Low { get; set; }
        public double Es99High { get; set; }
        public double GapLimit { get; set; }
        public double GapProbability { get; set; }
        public double GapProbabilityLow { get; set; }
        public double GapProbabilityHigh { get; set; }
        public double GapEs99 { get; set; }
        public double? FloorBreachProbability { get; set; }
        public double? ShortfallMean { get; set; }
    }

    /// <summary>Writes both files into <paramref name="folder"/>, named <paramref name="stem"/>.json and .parquet.</summary>
    public static async Task WriteAllAsync(string folder, BacktestState state, IReadOnlyList<PolicyResult> results, string device,
        string stem = "backtest")
    {
        AtomicFile.Write(Path.Combine(folder, stem + ".json"), stream => WriteJson(stream, state, results, device));
        await AtomicFile.WriteAsync(Path.Combine(folder, stem + ".parquet"), stream => ParquetSerializer.SerializeAsync(results.Select(ToRow).ToList(), stream));
    }

    private static Row ToRow(PolicyResult r)
    {
        LevelEstimate es = r.Es.FirstOrDefault(e => e.Level == 0.99) ?? r.Es[0];
        return new Row
        {
            Policy = r.Policy, Paths = r.Paths,
            PnlMean = r.Pnl.Mean, PnlMeanStderr = r.Pnl.MeanStderr, PnlSd = r.Pnl.Sd, PnlSdStderr = r.Pnl.SdStderr,
            CostMean = r.Cost.Mean, CostMeanStderr = r.Cost.MeanStderr,
            HedgeErrorSd = r.HedgeError.Sd, HedgeErrorSdStderr = r.HedgeError.SdStderr,
            TradesPerDay = r.TradesPerDay.Value, FailedPerDay = r.FailedPerDay.Value,
            Es99 = es.Es, Es99Low = es.EsLow, Es99High = es.EsHigh,
            GapLimit = r.GapLimit, GapProbability = r.GapProbability.Probability,
            GapProbabilityLow = r.GapProbability.Low, GapProbabilityHigh = r.GapProbability.High, GapEs99 = r.GapEs99.Es,
            FloorBreachProbability = r.Floor?.Probability, ShortfallMean = r.ShortfallMean,
        };
    }

    private static void WriteJson(Stream stream, BacktestState state, IReadOnlyList<PolicyResult> results, string device)
    {
        using var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        w.WriteStartObject();
        w.WriteString("device", device);
        w.WriteString("horizon", state.Settings.Horizon.Text);
        w.WriteString("check", state.Settings.Check.Text);
        w.WriteNumber("paths", state.Settings.Simulation.Paths);
        w.WriteNumber("seed", state.Settings.Simulation.Seed);
        w.WriteNumber("gapLimit", state.GapLimitUsd);
        w.WriteStartArray("policies");
        foreach (PolicyResult r in results) WritePolicy(w, r);
        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>One policy in DESIGN.md's shape.</summary>
    public static void WritePolicy(Utf8JsonWriter w, PolicyResult r)
    {
        w.WriteStartObject();
        w.WriteString("policy", r.Policy);
        w.WriteStartObject("pnl");
        w.WriteNumber("mean", r.Pnl.Mean);
        w.WriteNumber("meanStderr", r.Pnl.MeanStderr);
        w.WriteNumber("sd", r.Pnl.Sd);
        w.WriteNumber("sdStderr", r.Pnl.SdStderr);
        w.WriteEndObject();
        w.WriteStartObject("cost");
        w.WriteNumber("mean", r.Cost.Mean);
        w.WriteNumber("meanStderr", r.Cost.MeanStderr);
        w.WriteEndObject();
        w.WriteStartObject("hedgeError");
        w.WriteNumber("sd", r.HedgeError.Sd);
        w.WriteNumber("sdStderr", r.HedgeError.SdStderr);
        w.WriteNumber("mean", r.HedgeError.Mean);
        w.WriteNumber("meanStderr", r.HedgeError.MeanStderr);
        w.WriteEndObject();
        w.WriteNumber("tradesPerDay", r.TradesPerDay.Value);
        w.WriteNumber("tradesPerDayStderr", r.TradesPerDay.Stderr);
        w.WriteNumber("failedPerDay", r.FailedPerDay.Value);
        w.WriteNumber("failedPerDayStderr", r.FailedPerDay.Stderr);
        w.WriteStartArray("es");
        foreach (LevelEstimate e in r.Es)
        {
            w.WriteStartObject();
            w.WriteNumber("level", e.Level);
            w.WriteNumber("value", e.Es);
            w.WriteNumber("low", e.EsLow);
            w.WriteNumber("high", e.EsHigh);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartObject("gap");
        w.WriteNumber("limit", r.GapLimit);
        w.WriteNumber("probability", r.GapProbability.Probability);
        w.WriteNumber("low", r.GapProbability.Low);
        w.WriteNumber("high", r.GapProbability.High);
        w.WriteNumber("es99", r.GapEs99.Es);
        w.WriteNumber("es99Low", r.GapEs99.EsLow);
        w.WriteNumber("es99High", r.GapEs99.EsHigh);
        w.WriteEndObject();
        if (r.Floor is { } floor)
        {
            w.WriteStartObject("floor");
            w.WriteNumber("breachProbability", floor.Probability);
            w.WriteNumber("low", floor.Low);
            w.WriteNumber("high", floor.High);
            w.WriteNumber("shortfallMean", r.ShortfallMean ?? 0.0);
            w.WriteNumber("shortfallMeanAllPaths", r.ShortfallMeanAllPaths!.Value.Mean);
            w.WriteNumber("shortfallMeanAllPathsStderr", r.ShortfallMeanAllPaths.Value.Stderr);
            w.WriteEndObject();
        }
        w.WriteEndObject();
    }
}
