using System.Globalization;
using System.Text.Json;
using GpuRisk.Markets;

namespace GpuRisk.IO;

public static partial class MarketReader
{
    private static readonly string[] RegimeFields = ["initial", "names", "transitionPerDay", "overrides"];
    private static readonly string[] OverrideFields = ["vol", "heston", "jumps", "drift"];
    private const string TransitionField = "transitionPerDay";

    private static RegimeChain ReadRegimes(StrictJsonObject r, IReadOnlyList<UnderlyingMarket> underlyings)
    {
        List<string> names = ReadRegimeNames(r);
        string initialName = r.String("initial");
        int initial = names.IndexOf(initialName);
        if (initial < 0)
        {
            throw r.Error("initial", $"'{initialName}' is not one of the regime names ({string.Join(", ", names)})");
        }
        double[][] transition = ReadTransition(r, names);
        var overrides = r.OptionalObject("overrides", null) is { } o
            ? ReadOverrides(o, names, underlyings)
            : new Dictionary<string, IReadOnlyDictionary<string, ModelOverride>>();
        return new RegimeChain(names, initial, transition, overrides);
    }

    private static List<string> ReadRegimeNames(StrictJsonObject r)
    {
        JsonElement array = r.Array("names");
        var names = new List<string>();
        foreach (JsonElement e in array.EnumerateArray())
        {
            string path = Item(r.PathOf("names"), names.Count);
            if (e.ValueKind != JsonValueKind.String || e.GetString() is not { } name || name.Trim().Length == 0)
            {
                throw new InputException(r.File, path, "names", $"a regime name must be a non-empty string, not {StrictJsonObject.Describe(e)}");
            }
            if (name == CostDefaultKey)
            {
                throw new InputException(r.File, path, "names", $"'{CostDefaultKey}' is reserved for the costs that apply in every regime");
            }
            if (names.Contains(name))
            {
                throw new InputException(r.File, path, "names", $"regime '{name}' is named twice");
            }
            names.Add(name);
        }
        return names.Count > 0 ? names : throw r.Error("names", "must list at least one regime");
    }

    private static double[][] ReadTransition(StrictJsonObject r, List<string> names)
    {
        int n = names.Count;
        JsonElement rows = r.Array(TransitionField);
        if (rows.GetArrayLength() != n)
        {
            throw r.Error(TransitionField, $"must have {n} rows, one per regime, not {rows.GetArrayLength()}");
        }
        var matrix = new double[n][];
        int i = 0;
        foreach (JsonElement row in rows.EnumerateArray())
        {
            string rowPath = Item(r.PathOf(TransitionField), i);
            if (row.ValueKind != JsonValueKind.Array || row.GetArrayLength() != n)
            {
                throw new InputException(r.File, rowPath, TransitionField, $"must be an array of {n} probabilities, one per regime");
            }
            matrix[i] = new double[n];
            int j = 0;
            foreach (JsonElement p in row.EnumerateArray())
            {
                matrix[i][j] = StrictJsonObject.ReadNumber(p, r.File, Item(rowPath, j), TransitionField, NumberRule.Probability);
                j++;
            }
            double sum = matrix[i].Sum();
            if (Math.Abs(sum - 1.0) > RowSumTolerance)
            {
                throw new InputException(r.File, rowPath, TransitionField,
                    $"the probabilities of leaving regime '{names[i]}' sum to {sum.ToString("R", CultureInfo.InvariantCulture)}, not 1");
            }
            i++;
        }
        return matrix;
    }

    private static Dictionary<string, IReadOnlyDictionary<string, ModelOverride>> ReadOverrides(
        StrictJsonObject o, List<string> names, IReadOnlyList<UnderlyingMarket> underlyings)
    {
        var result = new Dictionary<string, IReadOnlyDictionary<string, ModelOverride>>(StringComparer.Ordinal);
        foreach (var (regime, value) in o.Properties)
        {
            if (!names.Contains(regime))
            {
                throw o.Error(regime, $"'{regime}' is not a regime name ({string.Join(", ", names)})");
            }
            var byUnderlying = StrictJsonObject.From(value, o.File, o.PathOf(regime), regime, null);
            var inner = new Dictionary<string, ModelOverride>(StringComparer.Ordinal);
            foreach (var (name, fields) in byUnderlying.Properties)
            {
                int u = IndexOf(underlyings, name);
                if (u < 0)
                {
                    throw byUnderlying.Error(name, $"'{name}' is not an underlying of this market");
                }
                inner[name] = ReadOverride(StrictJsonObject.From(fields, o.File, byUnderlying.PathOf(name), name, OverrideFields), underlyings[u]);
            }
            result[regime] = inner;
        }
        return result;
    }

    private static ModelOverride ReadOverride(StrictJsonObject x, UnderlyingMarket u)
    {
        bool isHeston = u.Model.Heston is not null;
        double? vol = null;
        if (x.Find("vol") is not null)
        {
            vol = isHeston ? throw x.Error("vol", $"{u.Name} has a heston model; override its heston fields instead")
                : x.Number("vol", NumberRule.Positive);
        }
        StrictJsonObject? h = null;
        StrictJsonObject? j = null;
        if (x.Find("heston") is not null)
        {
            h = isHeston ? x.Object("heston", HestonFields)
                : throw x.Error("heston", $"{u.Name} has a vol (Black-Scholes) model; override vol instead");
        }
        if (x.Find("jumps") is not null)
        {
            j = x.Object("jumps", JumpFields);
            if (u.Model.Jumps is null && JumpFields.FirstOrDefault(f => j.Find(f) is null) is { } missing)
            {
                throw j.Error(missing, $"is missing: {u.Name} has no jumps, so a regime that adds them gives lambda, mean and stdev");
            }
        }
        return new ModelOverride(
            Vol: vol,
            V0: h?.OptionalNumber("v0", HestonRules["v0"]),
            Kappa: h?.OptionalNumber("kappa", HestonRules["kappa"]),
            Theta: h?.OptionalNumber("theta", HestonRules["theta"]),
            Xi: h?.OptionalNumber("xi", HestonRules["xi"]),
            Rho: h?.OptionalNumber("rho", HestonRules["rho"]),
            JumpLambda: j?.OptionalNumber("lambda", JumpRules["lambda"]),
            JumpMean: j?.OptionalNumber("mean", JumpRules["mean"]),
            JumpStdev: j?.OptionalNumber("stdev", JumpRules["stdev"]),
            Drift: x.OptionalNumber("drift", NumberRule.Finite));
    }

    private static string Item(string arrayPath, int index) => $"{arrayPath}[{index}]";
}
