using System.Text;
using System.Text.Json;
using GpuRisk.Config;
using GpuRisk.IO;

namespace GpuRisk.Sharding;

/// <summary>
/// The config a standalone stage command (<c>price --method mc</c> as stage <c>mc</c>, <c>var</c>, <c>backtest</c>,
/// <c>optimize</c>) runs a shard under: the command's options written as a nightly config that runs that one stage, so
/// its shards go through the nightly job's shard mode and <c>gpurisk merge</c> finishes them like any run's (the config
/// travels in the shard's inputs).
/// </summary>
public static class StageShardConfig
{
    /// <summary>
    /// <paramref name="settings"/> as the config of a run of <paramref name="stage"/> alone on the files at
    /// <paramref name="bookPath"/> and <paramref name="marketPath"/>; its <see cref="RunConfig.Source"/> is the
    /// serialized config (named <c>STAGE-command.json</c>), so every shard of one command hashes the same.
    /// </summary>
    /// <remarks>The output folder is left out of the file: shards of one run write to different folders.</remarks>
    public static RunConfig For(string stage, RunConfig settings, string bookPath, string marketPath)
    {
        RunConfig config = settings with
        {
            Stages = [stage], BookFile = Path.GetFullPath(bookPath), MarketFile = Path.GetFullPath(marketPath),
        };
        return config with { Source = new InputFile($"{stage}-command.json", Serialize(config)) };
    }

    /// <summary>The fields the path stages read, in <see cref="RunConfigReader"/>'s format.</summary>
    private static byte[] Serialize(RunConfig c)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            w.WriteString("book", c.BookFile);
            w.WriteString("market", c.MarketFile);
            w.WriteString("device", c.Device);
            w.WriteString("precision", c.Precision);
            w.WriteNumber("seed", c.Seed);
            w.WriteNumber("paths", c.Paths);
            w.WriteNumber("stepsPerDay", c.StepsPerDay);
            Strings(w, "stages", c.Stages);
            Strings(w, "horizons", c.Horizons.Select(h => h.Text));
            w.WriteStartArray("levels");
            foreach (double level in c.Levels) w.WriteNumberValue(level);
            w.WriteEndArray();
            Strings(w, "policies", c.Policies);
            w.WriteString("backtestHorizon", c.BacktestHorizon.Text);
            w.WriteString("check", c.Check.Text);
            if (c.GapLimit is { } gap) w.WriteNumber("gapLimit", gap);
            if (c.RiskAversion is { } g) w.WriteNumber("riskAversion", g);
            if (c.Frontier is { } frontier) w.WriteString("frontier", frontier);
            w.WriteStartObject("stagePaths");
            foreach (var (stage, paths) in c.StagePaths.OrderBy(p => p.Key, StringComparer.Ordinal)) w.WriteNumber(stage, paths);
            w.WriteEndObject();
            w.WriteEndObject();
        }
        return [.. buffer.ToArray(), .. Encoding.UTF8.GetBytes("\n")];
    }

    private static void Strings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (string v in values) w.WriteStringValue(v);
        w.WriteEndArray();
    }
}
