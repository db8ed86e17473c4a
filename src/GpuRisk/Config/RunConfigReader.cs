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
        ["book", "market", "out", "device", "precision", "seed", "paths", "stepsPerDay", "stressGrid", "stages", "horizons", "levels",
         "policies", "backtestHorizon", "check", "gapLimit", "riskAversion", "frontier", "stagePaths"];

    /// <summary>The keys of <c>stagePaths</c>.</summary>
    public static IReadOnlyList<string> PathStages { get; } = ["mc", "var", "backtest", "optimize", "proof"];

    /// <summary>The values <c>device</c> takes.</summary>
    public static IReadOnlyList<string> Devices { get; } = ["auto", "cpu", "cpu-simd", "cuda", "opencl"];

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
                "stages" => c with { Stages = Strings(root, name, s => RunConfig.AllStages.Contains(s) ? null : $"'{s}' is not a stage ({string.Join(", ", RunConfig.AllStages)})") },
                "horizons" => c with { Horizons = [.. Strings(root, name, s => Duration.TryParse(s, out _, out string p) ? null : p).Select(Duration.Parse).OrderBy(d => d.Days)] },
                "levels" => c with { Levels = Numbers(root, name, x => x > 0 && x < 1 ? null : $"{x} is not a confidence level in (0, 1)") },
                "policies" => c with { Policies = Strings(root, name, s => Hedging.PolicyParser.TryParse(s, out _, out string p) ? null : p) },
                "backtestHorizon" => c with { BacktestHorizon = DurationOf(root, name) },
                "check" => c with { Check = DurationOf(root, name) },
                "gapLimit" => c with { GapLimit = root.Number(name, NumberRule.NonNegative) },
                "riskAversion" => c with { RiskAversion = root.Number(name, NumberRule.Positive) },
                "frontier" => c with { Frontier = Optimization.FrontierSpec.TryParse(root.String(name), out _) is { } p ? throw root.Error(name, p) : root.String(name) },
                "stagePaths" => c with { StagePaths = StagePathsOf(StrictJsonObject.From(value, file.DisplayName, root.PathOf(name), name, PathStages)) },
                _ => throw new System.Diagnostics.UnreachableException($"StrictJsonObject let '{name}' through"),
            };
        }
        return c;
    }

    private static Duration DurationOf(StrictJsonObject root, string name) =>
        Duration.TryParse(root.String(name), out Duration d, out string problem) ? d : throw root.Error(name, problem);

    /// <summary>A non-empty array of strings, each checked by <paramref name="problem"/> (null when fine).</summary>
    private static string[] Strings(StrictJsonObject root, string name, Func<string, string?> problem)
    {
        JsonElement array = root.Array(name);
        var list = new List<string>();
        int i = 0;
        foreach (JsonElement e in array.EnumerateArray())
        {
            string path = $"{root.PathOf(name)}[{i++}]";
            if (e.ValueKind != JsonValueKind.String) throw new InputException(root.File, path, name, $"must be a string, not {StrictJsonObject.Describe(e)}");
            if (problem(e.GetString()!) is { } p) throw new InputException(root.File, path, name, p);
            list.Add(e.GetString()!);
        }
        return list.Count > 0 ? [.. list] : throw root.Error(name, "must not be empty");
    }

    /// <summary>A non-empty array of finite numbers, each checked by <paramref name="problem"/> (null when fine).</summary>
    private static double[] Numbers(StrictJsonObject root, string name, Func<double, string?> problem)
    {
        JsonElement array = root.Array(name);
        var list = new List<double>();
        int i = 0;
        foreach (JsonElement e in array.EnumerateArray())
        {
            string path = $"{root.PathOf(name)}[{i++}]";
            double x = StrictJsonObject.ReadNumber(e, root.File, path, name, NumberRule.Finite);
            if (problem(x) is { } p) throw new InputException(root.File, path, name, p);
            list.Add(x);
        }
        return list.Count > 0 ? [.. list.Distinct()] : throw root.Error(name, "must not be empty");
    }

    private static Dictionary<string, long> StagePathsOf(StrictJsonObject o)
    {
        var paths = new Dictionary<string, long>();
        foreach (var (stage, _) in o.Properties) paths[stage] = WholeNumber(o, stage, MinPaths, long.MaxValue);
        return paths;
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
