using System.Text.Json;
using GpuRisk.IO;
using GpuRisk.Stress;

namespace GpuRisk.Config;

/// <summary>
/// Reads a nightly config (JSON). Unknown fields are errors, so a typo never silently falls back to a
/// default. Messages name the file, the JSON path and the field.
/// </summary>
public static class RunConfigReader
{
    private static readonly string[] Devices = ["auto", "cpu", "cuda", "opencl"];
    private static readonly string[] Precisions = ["float", "double"];

    /// <summary>Parses <paramref name="file"/>; fields it leaves out keep <see cref="RunConfig.Default"/>.</summary>
    public static RunConfig Read(InputFile file)
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(file.Bytes, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException e)
        {
            throw new InputException(file.DisplayName, $"line {e.LineNumber + 1}", "json", $"not valid JSON: {e.Message}", e);
        }
        using (doc)
        {
            JsonElement root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new InputException(file.DisplayName, "$", "json", "the config must be a JSON object");
            }
            RunConfig c = RunConfig.Default with { Source = file };
            foreach (JsonProperty p in root.EnumerateObject())
            {
                var field = new FieldReader(file.DisplayName, p);
                c = p.Name switch
                {
                    "book" => c with { BookFile = field.NonEmptyString() },
                    "market" => c with { MarketFile = field.NonEmptyString() },
                    "out" => c with { OutputFolder = field.NonEmptyString() },
                    "device" => c with { Device = field.OneOf(Devices) },
                    "precision" => c with { Precision = field.OneOf(Precisions) },
                    "seed" => c with { Seed = field.UInt64() },
                    "paths" => c with { Paths = field.Int64InRange(2) },
                    "stepsPerDay" => c with { StepsPerDay = (int)field.Int64InRange(1, max: 1440) },
                    "stressGrid" => c with { StressGrid = StressGrid.FromJson(p.Value, file.DisplayName, "$.stressGrid") },
                    _ => throw field.Error("unknown field (check the spelling against README.md)"),
                };
            }
            return c;
        }
    }

    /// <summary>Typed reads of one top-level property, each failing with file, JSON path and field.</summary>
    private readonly struct FieldReader(string file, JsonProperty property)
    {
        public InputException Error(string problem) =>
            new(file, $"$.{property.Name}", property.Name, problem);

        public string NonEmptyString() =>
            property.Value.ValueKind == JsonValueKind.String && property.Value.GetString() is { Length: > 0 } s
                ? s : throw Error("must be a non-empty string");

        public string OneOf(string[] allowed)
        {
            string s = NonEmptyString();
            return Array.IndexOf(allowed, s) >= 0 ? s : throw Error($"must be one of {string.Join(", ", allowed)}");
        }

        public ulong UInt64() =>
            property.Value.ValueKind == JsonValueKind.Number && property.Value.TryGetUInt64(out ulong v)
                ? v : throw Error("must be a whole number >= 0");

        public long Int64InRange(long min, long max = long.MaxValue) =>
            property.Value.ValueKind == JsonValueKind.Number && property.Value.TryGetInt64(out long v) && v >= min && v <= max
                ? v : throw Error(max == long.MaxValue ? $"must be a whole number >= {min}" : $"must be a whole number in {min}..{max}");
    }
}
