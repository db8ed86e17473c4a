using System.Reflection;
using System.Text.Json;
using GpuRisk.Config;
using GpuRisk.Hedging;
using GpuRisk.Optimization;
using GpuRisk.Risk;
using GpuRisk.IO;
using GpuRisk.Output;
using GpuRisk.Pricing;
using GpuRisk.Stress;

namespace GpuRisk.Jobs;

/// <summary>
/// What <c>summary.json</c> holds: the run manifest (version, device, seed, paths, input hashes, timings)
/// and the headline figures of each finished stage, each Monte Carlo figure with its standard error.
/// Rewritten after every stage, so an interrupted run still leaves what it finished.
/// </summary>
/// <param name="Shard">Which shard this run was (0/1: a whole run).</param>
/// <param name="MergedShards">Number of shards a merge combined (0: not a merge).</param>
/// <param name="Var">The var stage's figures, when it ran.</param>
/// <param name="Backtest">The backtest's figures, when it ran.</param>
/// <param name="Optimize">The optimizer's result, when it ran.</param>
public sealed record RunSummary(
    RunConfig Config,
    string Device,
    IReadOnlyList<(string Role, InputFile File)> Inputs,
    IReadOnlyList<StageTiming> Timings,
    IReadOnlyList<BookValuation> Valuations,
    StressResult? Stress,
    ShardSpec Shard = default,
    int MergedShards = 0,
    IReadOnlyList<HorizonRisk>? Var = null,
    IReadOnlyList<PolicyResult>? Backtest = null,
    OptimizeResult? Optimize = null)
{
    /// <summary>The summary of a job so far, filled stage by stage.</summary>
    public sealed class Builder(RunConfig config, ShardSpec shard, int mergedShards)
    {
        /// <summary>The device the job runs on.</summary>
        public string Device { get; set; } = "none";

        /// <summary>Input files by role.</summary>
        public List<(string Role, InputFile File)> Inputs { get; } = [];

        /// <summary>Seconds per finished stage.</summary>
        public List<StageTiming> Timings { get; } = [];

        /// <summary>Finished valuations.</summary>
        public List<BookValuation> Valuations { get; } = [];

        /// <summary>The stress stage's result.</summary>
        public StressResult? Stress { get; set; }

        /// <summary>The var stage's figures.</summary>
        public IReadOnlyList<HorizonRisk>? Var { get; set; }

        /// <summary>The backtest's figures.</summary>
        public IReadOnlyList<PolicyResult>? Backtest { get; set; }

        /// <summary>The optimizer's result.</summary>
        public OptimizeResult? Optimize { get; set; }

        /// <summary>The summary as it stands.</summary>
        public RunSummary Build() => new(config, Device, [.. Inputs], [.. Timings], [.. Valuations], Stress, shard, mergedShards, Var, Backtest, Optimize);
    }

    /// <summary>The engine's version (the assembly's informational version).</summary>
    public static string Version =>
        typeof(RunSummary).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(RunSummary).Assembly.GetName().Version?.ToString() ?? "unknown";

    /// <summary>Writes the summary to <paramref name="path"/> atomically.</summary>
    public void Write(string path) => AtomicFile.Write(path, WriteTo);

    private void WriteTo(Stream stream)
    {
        using var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        w.WriteStartObject();
        w.WriteString("version", Version);
        w.WriteString("device", Device);
        w.WriteNumber("seed", Config.Seed);
        w.WriteNumber("paths", Config.Paths);
        w.WriteNumber("stepsPerDay", Config.StepsPerDay);
        w.WriteString("precision", Config.Precision);
        if (!Shard.IsWholeRun && Shard.Count > 0) w.WriteString("shard", Shard.ToString());
        if (MergedShards > 0) w.WriteNumber("mergedShards", MergedShards);
        w.WriteStartArray("inputs");
        foreach ((string role, InputFile file) in Inputs)
        {
            w.WriteStartObject();
            w.WriteString("role", role);
            w.WriteString("file", file.DisplayName);
            w.WriteString("sha256", file.Sha256);
            w.WriteNumber("bytes", file.Bytes.Length);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("timings");
        foreach (StageTiming t in Timings)
        {
            w.WriteStartObject();
            w.WriteString("stage", t.Stage);
            w.WriteNumber("seconds", Math.Round(t.Seconds, 4));
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartObject("valuation");
        foreach (BookValuation v in Valuations)
        {
            w.WriteStartObject(v.Method);
            w.WriteString("device", v.Device);
            w.WriteNumber("paths", v.Paths);
            w.WriteNumber("positions", v.Positions.Count);
            ValuationJson.WriteFigures(w, v.Total, v.TotalGreekErrors);
            w.WriteEndObject();
        }
        w.WriteEndObject();
        WriteAgreement(w);
        WriteRiskStages(w);
        if (Stress is { } stress)
        {
            w.WriteStartObject("stress");
            w.WriteString("method", stress.Method);
            w.WriteNumber("cells", stress.Cells.Count);
            w.WriteNumber("baseValue", stress.BaseValue);
            RiskMatrixJson.WriteWorst(w, stress);
            w.WriteEndObject();
        }
        w.WriteEndObject();
    }

    /// <summary>The headline figures of var, backtest and optimize, each with its interval or standard error.</summary>
    private void WriteRiskStages(Utf8JsonWriter w)
    {
        if (Var is { } horizons)
        {
            w.WriteStartObject("var");
            w.WriteNumber("paths", Config.PathsOf("var"));
            w.WriteStartArray("horizons");
            foreach (HorizonRisk h in horizons) VarOutputs.WriteHorizon(w, h);
            w.WriteEndArray();
            w.WriteEndObject();
        }
        if (Backtest is { } policies)
        {
            w.WriteStartObject("backtest");
            w.WriteNumber("paths", Config.PathsOf("backtest"));
            w.WriteString("horizon", Config.BacktestHorizon.Text);
            w.WriteString("check", Config.Check.Text);
            w.WriteStartArray("policies");
            foreach (PolicyResult p in policies) BacktestOutputs.WritePolicy(w, p);
            w.WriteEndArray();
            w.WriteEndObject();
        }
        if (Optimize is { } optimize)
        {
            w.WriteStartObject("optimize");
            w.WriteNumber("riskAversion", optimize.Settings.Chosen);
            w.WriteBoolean("notDominated", optimize.Summary.NotDominated);
            if (optimize.Summary.CostSavingPerDayUsd is { } saving)
            {
                w.WriteNumber("costSavingPerDayVsBand", saving);
                w.WriteNumber("costSavingPerDayVsBandStderr", optimize.Summary.CostSavingStderrUsd!.Value);
            }
            w.WriteNumber("dpCellsPerSecond", optimize.DpCellsPerSecond);
            w.WriteEndObject();
        }
    }

    /// <summary>
    /// How far the Monte Carlo book value lies from the analytic one, in USD and in standard errors: a
    /// nightly sanity check (beyond about 3 standard errors something is wrong).
    /// </summary>
    private void WriteAgreement(Utf8JsonWriter w)
    {
        BookValuation? analytic = Valuations.FirstOrDefault(v => v.Method == "analytic");
        BookValuation? mc = Valuations.FirstOrDefault(v => v.Method == "mc");
        if (analytic is null || mc is null || mc.Total.StdErr <= 0) return;
        double difference = mc.Total.Value - analytic.Total.Value;
        w.WriteStartObject("mcMinusAnalytic");
        w.WriteNumber("value", difference);
        w.WriteNumber("standardErrors", difference / mc.Total.StdErr);
        w.WriteEndObject();
    }
}
