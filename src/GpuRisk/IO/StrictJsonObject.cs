using System.Text.Json;

namespace GpuRisk.IO;

/// <summary>
/// A JSON object read strictly: no repeated property names, and (when a list of allowed names is
/// given) no unknown ones, so a typo such as <c>"thetta"</c> is an error instead of a silently
/// ignored value. Every accessor names the offending JSON path in its <see cref="InputException"/>.
/// </summary>
/// <remarks>
/// Paths use dot notation from the root <c>$</c>, with the property name as written
/// (<c>$.underlyings.BTC.heston.v0</c>, <c>$.correlation.BTC/ETH</c>) and <c>[i]</c> for array items.
/// </remarks>
internal sealed class StrictJsonObject
{
    /// <summary>The field messages name for a property whose name is the empty string.</summary>
    public const string EmptyName = "(empty name)";

    private readonly List<KeyValuePair<string, JsonElement>> _properties = [];

    private StrictJsonObject(string file, string path)
    {
        File = file;
        Path = path;
    }

    /// <summary>The file messages name.</summary>
    public string File { get; }

    /// <summary>JSON path of this object.</summary>
    public string Path { get; }

    /// <summary>Properties in document order.</summary>
    public IReadOnlyList<KeyValuePair<string, JsonElement>> Properties => _properties;

    /// <summary>Reads <paramref name="element"/> as an object.</summary>
    /// <param name="element">The value.</param>
    /// <param name="file">The file messages name.</param>
    /// <param name="path">JSON path of the value.</param>
    /// <param name="field">The property that holds the value (for messages).</param>
    /// <param name="allowed">The property names allowed, or null for a map with free keys.</param>
    public static StrictJsonObject From(JsonElement element, string file, string path, string field, IReadOnlyCollection<string>? allowed)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new InputException(file, path, field, $"must be a JSON object, not {Describe(element)}");
        }
        var o = new StrictJsonObject(file, path);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (JsonProperty p in element.EnumerateObject())
        {
            if (p.Name.Length == 0)
            {
                throw new InputException(file, path, EmptyName, "a property has an empty name");
            }
            if (!seen.Add(p.Name))
            {
                throw o.Error(p.Name, "appears twice in the same object");
            }
            if (allowed is not null && !allowed.Contains(p.Name))
            {
                throw o.Error(p.Name, $"unknown property '{p.Name}'; expected {string.Join(", ", allowed)} (names are case-sensitive)");
            }
            o._properties.Add(new(p.Name, p.Value));
        }
        return o;
    }

    /// <summary>JSON path of the property <paramref name="name"/>.</summary>
    public string PathOf(string name) => $"{Path}.{name}";

    /// <summary>An error about property <paramref name="name"/>.</summary>
    public InputException Error(string name, string problem) => new(File, PathOf(name), name, problem);

    /// <summary>The value of <paramref name="name"/>, or null when absent.</summary>
    public JsonElement? Find(string name)
    {
        foreach (var p in _properties)
        {
            if (p.Key == name) return p.Value;
        }
        return null;
    }

    /// <summary>The value of <paramref name="name"/>; an error when absent.</summary>
    public JsonElement Get(string name) => Find(name) ?? throw Error(name, "is missing; it is required");

    /// <summary>A required number obeying <paramref name="rule"/>.</summary>
    public double Number(string name, NumberRule rule) => ReadNumber(Get(name), File, PathOf(name), name, rule);

    /// <summary>An optional number obeying <paramref name="rule"/>; null when absent.</summary>
    public double? OptionalNumber(string name, NumberRule rule) =>
        Find(name) is { } e ? ReadNumber(e, File, PathOf(name), name, rule) : null;

    /// <summary>A required non-empty string.</summary>
    public string String(string name)
    {
        JsonElement e = Get(name);
        return e.ValueKind == JsonValueKind.String && e.GetString() is { Length: > 0 } s ? s
            : throw Error(name, $"must be a non-empty string, not {Describe(e)}");
    }

    /// <summary>A required object with the <paramref name="allowed"/> property names (null: free keys).</summary>
    public StrictJsonObject Object(string name, IReadOnlyCollection<string>? allowed) =>
        From(Get(name), File, PathOf(name), name, allowed);

    /// <summary>An optional object; null when absent.</summary>
    public StrictJsonObject? OptionalObject(string name, IReadOnlyCollection<string>? allowed) =>
        Find(name) is { } e ? From(e, File, PathOf(name), name, allowed) : null;

    /// <summary>A required array.</summary>
    public JsonElement Array(string name)
    {
        JsonElement e = Get(name);
        return e.ValueKind == JsonValueKind.Array ? e : throw Error(name, $"must be a JSON array, not {Describe(e)}");
    }

    /// <summary>Reads <paramref name="element"/> as a number obeying <paramref name="rule"/>.</summary>
    public static double ReadNumber(JsonElement element, string file, string path, string field, NumberRule rule)
    {
        if (element.ValueKind != JsonValueKind.Number)
        {
            throw new InputException(file, path, field, $"must be a number, not {Describe(element)}");
        }
        // A number beyond the double range (e.g. 1e400) reads as infinity, which the rule rejects;
        // TryGetDouble failing is treated the same way.
        double value = element.TryGetDouble(out double d) ? d : double.PositiveInfinity;
        return rule.Check(value, element.GetRawText()) is { } problem ? throw new InputException(file, path, field, problem) : value;
    }

    /// <summary>A short description of a JSON value for messages: its kind and, for scalars, its text.</summary>
    public static string Describe(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => $"the string {e.GetRawText()}",
        JsonValueKind.Null => "null",
        _ => e.GetRawText(),
    };
}
