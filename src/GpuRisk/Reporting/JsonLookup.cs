using System.Text.Json;

namespace GpuRisk.Reporting;

/// <summary>
/// Null-safe reads of a run's JSON files. The report reads files written by stages that change over
/// time (and by older or newer engines), so a missing field, a field of another type or a missing
/// object is "not there" (null, or no items), never an exception.
/// </summary>
internal static class JsonLookup
{
    /// <summary>The object property <paramref name="name"/>, when this is an object that has one.</summary>
    public static JsonElement? Object(this JsonElement? e, string name) =>
        e is { ValueKind: JsonValueKind.Object } o && o.TryGetProperty(name, out JsonElement v) && v.ValueKind == JsonValueKind.Object ? v : null;

    /// <summary>The number <paramref name="name"/>, when it is a finite JSON number.</summary>
    public static double? Number(this JsonElement? e, string name) =>
        e is { ValueKind: JsonValueKind.Object } o && o.TryGetProperty(name, out JsonElement v) && v.ValueKind == JsonValueKind.Number
            && v.TryGetDouble(out double d) && double.IsFinite(d) ? d : null;

    /// <summary>The string <paramref name="name"/>, when it is a JSON string.</summary>
    public static string? Text(this JsonElement? e, string name) =>
        e is { ValueKind: JsonValueKind.Object } o && o.TryGetProperty(name, out JsonElement v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    /// <summary>The items of the array <paramref name="name"/>; none when it is missing or not an array.</summary>
    public static IEnumerable<JsonElement?> Items(this JsonElement? e, string name) =>
        e is { ValueKind: JsonValueKind.Object } o && o.TryGetProperty(name, out JsonElement v) ? ((JsonElement?)v).Items() : [];

    /// <summary>The items of this array; none when it is not an array.</summary>
    public static IEnumerable<JsonElement?> Items(this JsonElement? e) =>
        e is { ValueKind: JsonValueKind.Array } a ? a.EnumerateArray().Select(x => (JsonElement?)x) : [];

    /// <summary>The properties of this object (name and value) in file order; none when it is not an object.</summary>
    public static IEnumerable<(string Name, JsonElement? Value)> Properties(this JsonElement? e) =>
        e is { ValueKind: JsonValueKind.Object } o ? o.EnumerateObject().Select(p => (p.Name, (JsonElement?)p.Value)) : [];
}
