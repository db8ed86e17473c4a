using System.Globalization;
using System.Text.Json;
using GpuRisk.Output;
using GpuRisk.Reporting;
using Parquet.Serialization;

namespace GpuRisk.Risk;

/// <summary>
/// What <c>var --out D</c> writes into D, each file atomically: <c>var.json</c> in DESIGN.md's shape (plus
/// standard errors where the contract leaves room), <c>pnl_quantiles.parquet</c> (horizon, probability, pnl) and a
/// histogram per horizon with VaR and ES marked (<c>pnl_histogram_&lt;h&gt;.png</c> and <c>.svg</c>).
/// </summary>
public static class VarOutputs
{
    /// <summary>File names inside the output folder.</summary>
    public const string Json = "var.json", Quantiles = "pnl_quantiles.parquet";

    /// <summary>Probabilities of the quantile table: every percentile, and the tails finer.</summary>
    public static readonly double[] QuantileProbabilities =
        [0.0001, 0.0005, 0.001, 0.0025, 0.005, .. Enumerable.Range(1, 99).Select(i => i / 100.0), 0.995, 0.9975, 0.999, 0.9995, 0.9999];

    /// <summary>One row of the quantile table; property names are the column names.</summary>
    public sealed class QuantileRow
    {
        public string Horizon { get; set; } = "";
        public double Probability { get; set; }
        public double Pnl { get; set; }
    }

    /// <summary>Writes every file into <paramref name="folder"/>.</summary>
    public static async Task WriteAllAsync(string folder, VarState state, IReadOnlyList<HorizonRisk> horizons, string device)
    {
        AtomicFile.Write(Path.Combine(folder, Json), stream => WriteJson(stream, state, horizons, device));
        var rows = new List<QuantileRow>();
        foreach (HorizonRisk h in horizons)
        {
            double[] sorted = [.. h.Samples];
            Array.Sort(sorted);
            foreach (double p in QuantileProbabilities)
            {
                rows.Add(new QuantileRow { Horizon = h.Horizon.Text, Probability = p, Pnl = HorizonRisk.Quantile(sorted, p) });
            }
            PnlHistogramChart.Write(h.Samples, h.Horizon.Text, [.. h.Levels.Select(l => new VarMark(l.Level, l.Var, l.Es))], folder);
        }
        await AtomicFile.WriteAsync(Path.Combine(folder, Quantiles), stream => ParquetSerializer.SerializeAsync(rows, stream));
    }

    /// <summary>The contribution key of level <paramref name="level"/>: es99 for 0.99, es99.9 for 0.999.</summary>
    public static string ContributionKey(double level) => "es" + (level * 100).ToString("0.####", CultureInfo.InvariantCulture);

    private static void WriteJson(Stream stream, VarState state, IReadOnlyList<HorizonRisk> horizons, string device)
    {
        using var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        w.WriteStartObject();
        w.WriteString("device", device);
        w.WriteNumber("paths", state.Settings.Simulation.Paths);
        w.WriteNumber("seed", state.Settings.Simulation.Seed);
        w.WriteNumber("baseValue", state.BaseValue);
        w.WriteNumber("stepsPerDay", state.Settings.Simulation.StepsPerDay);
        w.WriteStartArray("horizons");
        foreach (HorizonRisk h in horizons) WriteHorizon(w, h);
        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>One horizon's entry of var.json (also summary.json's var section): P&amp;L, levels, contributions, regimes, revaluation error.</summary>
    public static void WriteHorizon(Utf8JsonWriter w, HorizonRisk h)
    {
        w.WriteStartObject();
        w.WriteString("horizon", h.Horizon.Text);
        w.WriteNumber("days", h.Horizon.Days);
        w.WriteStartObject("pnl");
        w.WriteNumber("mean", h.Mean);
        w.WriteNumber("meanStderr", h.MeanStderr);
        w.WriteNumber("sd", h.Sd);
        w.WriteNumber("sdStderr", h.SdStderr);
        w.WriteEndObject();
        w.WriteStartArray("levels");
        foreach (LevelEstimate l in h.Levels)
        {
            w.WriteStartObject();
            w.WriteNumber("level", l.Level);
            w.WriteNumber("var", l.Var);
            w.WriteNumber("varLow", l.VarLow);
            w.WriteNumber("varHigh", l.VarHigh);
            w.WriteNumber("es", l.Es);
            w.WriteNumber("esLow", l.EsLow);
            w.WriteNumber("esHigh", l.EsHigh);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        LevelEstimate first = h.Levels[0];
        w.WriteStartArray("contributions");
        for (int u = 0; u < h.Underlyings.Count; u++)
        {
            w.WriteStartObject();
            w.WriteString("underlying", h.Underlyings[u]);
            w.WriteNumber(ContributionKey(first.Level), first.Contributions[u]);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("regimes");
        foreach (var (regime, probability) in h.RegimeProbabilities)
        {
            w.WriteStartObject();
            w.WriteString("regime", regime);
            w.WriteNumber("probability", probability);
            w.WriteNumber("stderr", Math.Sqrt(probability * (1 - probability) / h.Paths));
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteNumber("revaluationError", h.RevaluationError);
        w.WriteEndObject();
    }
}
