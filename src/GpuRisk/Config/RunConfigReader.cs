using System.Text.Json;
using GpuRisk.IO;
using GpuRisk.Stress;

namespace GpuRisk.Config;

/// <summary>
/// Reads a nightly config (JSON; comments allowed). Unknown and repeated fields are errors, so a typo never
/// silently falls back to a default. Messages name the file, the JSON path and the field.
/// </summary>
public static class RunConfigReader
{
    /// <summary>The fields of a config, as README.md documents them.</summary>
    public static IReadOnlyList<string> Fields { get; } =
        ["book", "market", "out", "device", "precision", "seed", "paths", "stepsPerDay", "stressGrid"];

    /// <summary>The values <c>device</c> takes.</summary>
    public static IReadOnlyList<string> Devices { get; } = ["auto", "cpu", "cuda", "opencl"];

    /// <summary>The values <c>precision</c> takes.</summary>
    public static IReadOnlyList<string> Precisions { get; } = ["float", "double"];

    /// <summary>Largest <c>stepsPerDay</c>: one step a minute.</summary>
    public const int MaxStepsPerDay = 1440;

    /// <summary>Smallest <c>paths</c>: a standard error needs two paths.</summary>
    public const long MinPaths = 2;

    /// <summary>Parses <paramref name="file"/>; fields it leaves out keep <see cref="RunConfig.Default"/>.</summary>
    /// <exception cref="InputException">Malformed JSON, or a field that breaks its rule.</exception>
    public static RunConfig Read(InputFile file)
    {
        using JsonDocument doc = JsonInput.Parse(file.Bytes, file.DisplayName, allowComments: true);
        var root = StrictJsonObject.From(doc.RootElement, file.DisplayName, InputLocation.JsonRootRow, InputLocation.JsonSyntaxField, Fields);
        RunConfig c = RunConfig.Default with { Source = file };
        foreach (var (name, value) in root.Properties)
        {
            c = name switch
            {
                "book" => c with { BookFile = root.String(name) },
                "market" => c with { MarketFile = root.String(name) },
                "out" => c with { OutputFolder = File.Exists(root.String(name))
                    ? throw root.Error(name, $"'{root.String(name)}' is a file; give a folder") : root.String(name) },
                "device" => c with { Device = OneOf(root, name, Devices) },
                "precision" => c with { Precision = OneOf(root, name, Precisions) },
                "seed" => c with { Seed = value.ValueKind == JsonValueKind.Number && value.TryGetUInt64(out ulong seed)
                    ? seed : throw root.Error(name, $"must be a whole number >= 0, not {StrictJsonObject.Describe(value)}") },
                "paths" => c with { Paths = WholeNumber(root, name, MinPaths, long.MaxValue) },
                "stepsPerDay" => c with { StepsPerDay = (int)WholeNumber(root, name, 1, MaxStepsPerDay) },
                "stressGrid" => c with { StressGrid = StressGrid.FromJson(value, file.DisplayName, root.PathOf(name)) },
                _ => throw new System.Diagnostics.UnreachableException($"StrictJsonObject let '{name}' through"),
            };
        }
        return c;
    }

    private static string OneOf(StrictJsonObject root, string name, IReadOnlyList<string> allowed)
    {
        string s = root.String(name);
        return allowed.Contains(s) ? s : throw root.Error(name, $"'{s}' is not one of {string.Join(", ", allowed)}");
    }

    private static long WholeNumber(StrictJsonObject root, string name, long min, long max)
    {
        JsonElement e = root.Get(name);
        return e.ValueKind == JsonValueKind.Number && e.TryGetInt64(out long v) && v >= min && v <= max ? v
            : throw root.Error(name, max == long.MaxValue
                ? $"must be a whole number >= {min}, not {StrictJsonObject.Describe(e)}"
                : $"must be a whole number in {min}..{max}, not {StrictJsonObject.Describe(e)}");
    }
}
