using System.Text.Json;
using GpuRisk.Hedging;
using GpuRisk.Output;
using GpuRisk.Reporting;
using Parquet.Serialization;

namespace GpuRisk.Optimization;

/// <summary>
/// What <c>optimize --out D</c> writes into D, each file atomically: <c>thresholds.json</c> (the contract's shape, then
/// the frontier and the out-of-sample verdict), <c>thresholds.parquet</c> (one row per underlying and regime),
/// <c>frontier.parquet</c>, the frontier picture (<c>frontier.png</c>, <c>.svg</c>) and the proof's backtest
/// (<c>backtest.json</c> and <c>.parquet</c>; in a <c>run</c> folder <c>optimize_backtest.*</c>, beside the backtest stage's).
/// </summary>
public static class OptimizeOutputs
{
    /// <summary>File names inside the output folder.</summary>
    public const string Thresholds = "thresholds.json", ThresholdsTable = "thresholds.parquet", Frontier = "frontier.parquet";

    /// <summary>The proof's backtest files, as <c>optimize</c> writes them.</summary>
    public const string ProofStem = "backtest";

    /// <summary>The proof's backtest files in a <c>run</c> folder, where backtest.json is the backtest stage's.</summary>
    public const string RunProofStem = "optimize_backtest";

    /// <summary>Writes every file into <paramref name="folder"/>; the proof's backtest as <paramref name="proofStem"/>.json and .parquet.</summary>
    public static async Task WriteAllAsync(string folder, OptimizeResult result, string device, string proofStem = ProofStem)
    {
        result.Chosen.Write(Path.Combine(folder, Thresholds), w => WriteProof(w, result));
        await AtomicFile.WriteAsync(Path.Combine(folder, ThresholdsTable), stream => ParquetSerializer.SerializeAsync(result.Chosen.Entries.ToList(), stream));
        await AtomicFile.WriteAsync(Path.Combine(folder, Frontier), stream => ParquetSerializer.SerializeAsync(result.Frontier.ToList(), stream));
        FrontierChart.Write(
            [.. result.Frontier.Where(f => f.Kind == "dp").Select(f => new FrontierPoint(f.RiskAversion!.Value, f.CostPerDay, f.ErrorSdPerDay))],
            [.. result.Frontier.Where(f => f.Kind == "baseline").Select(f => new PolicyMarker(f.Policy, f.CostPerDay, f.ErrorSdPerDay, f.CostPerDayStderr, f.ErrorSdPerDayStderr))],
            folder);
        await BacktestOutputs.WriteAllAsync(folder, result.Proof, result.ProofResults, device, proofStem);
    }

    private static void WriteProof(Utf8JsonWriter w, OptimizeResult result)
    {
        w.WriteNumber("proofPaths", result.Settings.ProofPaths);
        w.WriteNumber("estimationPaths", result.Settings.Estimation.Paths);
        w.WriteStartObject("proof");
        w.WriteBoolean("notDominated", result.Summary.NotDominated);
        w.WriteStartArray("dominatedBy");
        foreach (string b in result.Summary.DominatedBy) w.WriteStringValue(b);
        w.WriteEndArray();
        if (result.Summary.CostSavingPerDayUsd is { } saving)
        {
            w.WriteNumber("costSavingPerDayVsBand", saving);
            w.WriteNumber("costSavingPerDayVsBandStderr", result.Summary.CostSavingStderrUsd!.Value);
            w.WriteString("equalErrorBand", result.Summary.EqualErrorBand);
        }
        w.WriteEndObject();
        w.WriteStartArray("frontier");
        foreach (FrontierRow f in result.Frontier)
        {
            w.WriteStartObject();
            w.WriteString("kind", f.Kind);
            w.WriteString("policy", f.Policy);
            if (f.RiskAversion is { } g) w.WriteNumber("riskAversion", g);
            w.WriteNumber("costPerDay", f.CostPerDay);
            w.WriteNumber("costPerDayStderr", f.CostPerDayStderr);
            w.WriteNumber("errorSdPerDay", f.ErrorSdPerDay);
            w.WriteNumber("errorSdPerDayStderr", f.ErrorSdPerDayStderr);
            w.WriteNumber("tradesPerDay", f.TradesPerDay);
            w.WriteNumber("tradesPerDayStderr", f.TradesPerDayStderr);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }
}
