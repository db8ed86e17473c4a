using System.Reflection;
using System.Text.Json;
using GpuRisk.Config;
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
public sealed record RunSummary(
    RunConfig Config,
    string Device,
    IReadOnlyList<(string Role, InputFile File)> Inputs,
    IReadOnlyList<StageTiming> Timings,
    IReadOnlyList<BookValuation> Valuations,
    StressResult? Stress)
{
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
