using System.Text.Json;
using GpuRisk.IO;
using GpuRisk.Output;

namespace GpuRisk.Sharding;

/// <summary>
/// <c>shard.json</c>, written last into a shard's folder (its presence says the shard finished): which shard it is,
/// and what must be equal across shards for them to merge: the engine's version, the seed, the hashes of the config,
/// book and market, and the stages run.
/// </summary>
/// <param name="Version">The engine's version.</param>
/// <param name="Index">Shard index.</param>
/// <param name="Count">Number of shards.</param>
/// <param name="Seed">The run's seed.</param>
/// <param name="Inputs">(role, file name, SHA-256) of the config, book and market; copies lie in the shard's <c>inputs/</c>.</param>
/// <param name="Stages">The stages whose partial state the shard holds.</param>
public sealed record ShardManifest(string Version, int Index, int Count, ulong Seed,
    IReadOnlyList<(string Role, string File, string Sha256)> Inputs, IReadOnlyList<string> Stages)
{
    /// <summary>The manifest's file name.</summary>
    public const string FileName = "shard.json";

    /// <summary>The folder under a shard that holds copies of its inputs.</summary>
    public const string InputsFolder = "inputs";

    /// <summary>Writes the manifest into <paramref name="folder"/> atomically.</summary>
    public void Write(string folder) => AtomicFile.Write(Path.Combine(folder, FileName), stream =>
    {
        using var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        w.WriteStartObject();
        w.WriteString("version", Version);
        w.WriteNumber("shard", Index);
        w.WriteNumber("shards", Count);
        w.WriteNumber("seed", Seed);
        w.WriteStartArray("inputs");
        foreach (var (role, file, sha) in Inputs)
        {
            w.WriteStartObject();
            w.WriteString("role", role);
            w.WriteString("file", file);
            w.WriteString("sha256", sha);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("stages");
        foreach (string s in Stages) w.WriteStringValue(s);
        w.WriteEndArray();
        w.WriteEndObject();
    });

    /// <summary>Reads the manifest of the shard folder <paramref name="folder"/>.</summary>
    /// <exception cref="InputException">No manifest (not a finished shard), or a malformed one.</exception>
    public static ShardManifest Read(string folder)
    {
        string path = Path.Combine(folder, FileName);
        if (!File.Exists(path))
        {
            throw new InputException(folder, InputLocation.FileRow, FileName, "holds no shard.json: not a shard folder, or a shard that did not finish");
        }
        try
        {
            using JsonDocument doc = JsonDocument.Parse(File.ReadAllBytes(path));
            JsonElement root = doc.RootElement;
            return new ShardManifest(root.GetProperty("version").GetString()!, root.GetProperty("shard").GetInt32(),
                root.GetProperty("shards").GetInt32(), root.GetProperty("seed").GetUInt64(),
                [.. root.GetProperty("inputs").EnumerateArray().Select(i =>
                    (i.GetProperty("role").GetString()!, i.GetProperty("file").GetString()!, i.GetProperty("sha256").GetString()!))],
                [.. root.GetProperty("stages").EnumerateArray().Select(s => s.GetString()!)]);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            throw new InputException(path, InputLocation.JsonRootRow, FileName, $"is not a valid shard manifest: {e.Message}", e);
        }
    }
}
