using System.Text.Json;

namespace GpuRisk.Reporting;

/// <summary>
/// The run manifest from summary.json: what produced these numbers (version, device, seed, paths,
/// steps per day), the inputs by SHA-256, and the time each stage took.
/// </summary>
internal static class ManifestSection
{
    /// <summary>Scalar fields of summary.json shown first, with their labels.</summary>
    private static readonly (string Field, string Label, bool Count)[] Known =
    [
        ("version", "Version", false), ("device", "Device", false), ("seed", "Seed", false), ("paths", "Paths", true),
        ("stepsPerDay", "Steps per day", false), ("precision", "Precision", false),
    ];

    /// <summary>Writes the manifest of <paramref name="run"/>.</summary>
    public static void Write(RunFolder run, ReportHtml html)
    {
        if (!html.Has(run.Summary)) return;
        JsonElement? root = run.Summary.Root;
        var fields = new ReportTable(("Field", false), ("Value", false)) { Compact = true };
        foreach ((string field, string label, bool count) in Known)
        {
            fields.Row(label, count ? ReportFormat.Fixed(root.Number(field), 0) : Scalar(root, field) ?? ReportFormat.Missing);
        }
        // Fields a newer engine adds (shards, horizons, ...) are shown as written rather than dropped.
        foreach ((string name, JsonElement? value) in root.Properties())
        {
            if (Known.Any(k => k.Field == name) || Scalar(root, name) is not { } text) continue;
            fields.Row(name, text);
        }
        html.Table(fields);

        var inputs = new ReportTable(("Role", false), ("File", false), ("SHA-256", false), ("Size (bytes)", true));
        foreach (JsonElement? i in root.Items("inputs"))
        {
            inputs.Row(i.Text("role") ?? "?", i.Text("file") ?? "?", i.Text("sha256") ?? ReportFormat.Missing, ReportFormat.Fixed(i.Number("bytes"), 0));
        }
        if (!inputs.IsEmpty) html.Table(inputs);

        var timings = new ReportTable(("Stage", false), ("Time (s)", true)) { Compact = true };
        double total = 0;
        foreach (JsonElement? t in root.Items("timings"))
        {
            double? seconds = t.Number("seconds");
            total += seconds ?? 0;
            timings.Row(t.Text("stage") ?? "?", ReportFormat.Fixed(seconds, 2));
        }
        if (timings.IsEmpty) return;
        timings.MarkedRow("total", "Total", ReportFormat.Fixed(total, 2));
        html.Table(timings);
    }

    /// <summary>A string, number or boolean field as written; null for objects, arrays and missing fields.</summary>
    private static string? Scalar(JsonElement? root, string name) =>
        root.Properties().FirstOrDefault(p => p.Name == name).Value is { } v && v.ValueKind is not (JsonValueKind.Object or JsonValueKind.Array or JsonValueKind.Null)
            ? v.ValueKind == JsonValueKind.String ? v.GetString() : v.GetRawText()
            : null;
}
