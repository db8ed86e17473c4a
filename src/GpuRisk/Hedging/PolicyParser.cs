using System.Globalization;
using GpuRisk.Config;
using GpuRisk.Kernels.Hedging;

namespace GpuRisk.Hedging;

/// <summary>
/// Parses DESIGN.md's policy grammar <c>NAME[:ARGS][,key=value]...</c>: after the name and a colon come positional
/// arguments and <c>key=value</c> pairs, separated by commas (<c>time-or-band:24h,5%,min=0.1,cooldown=1h</c>,
/// <c>ww:gamma=0.0001</c>). Keys for the trading policies: <c>to=edge|target|mid</c>, <c>min=</c> (coins),
/// <c>cooldown=</c> (a duration); accounts also take <c>capital=</c> (USD).
/// </summary>
public static class PolicyParser
{
    /// <summary>An account's initial capital when the policy gives none, USD.</summary>
    public const double DefaultCapitalUsd = 1_000_000;

    /// <summary>Parses <paramref name="text"/>; false with a reason when it is not a valid policy.</summary>
    public static bool TryParse(string text, out PolicySpec? policy, out string problem)
    {
        policy = null;
        try
        {
            policy = Parse(text);
            problem = "";
            return true;
        }
        catch (FormatException e)
        {
            problem = e.Message;
            return false;
        }
    }

    /// <summary>Parses <paramref name="text"/>.</summary>
    /// <exception cref="FormatException">Not a valid policy; the message says why.</exception>
    public static PolicySpec Parse(string text)
    {
        string t = text.Trim();
        string[] tokens = t.Split(',', StringSplitOptions.TrimEntries);
        string[] head = tokens[0].Split(':', 2, StringSplitOptions.TrimEntries);
        string name = head[0].ToLowerInvariant();
        var positional = new List<string>();
        var keys = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (string arg in (head.Length > 1 ? [head[1]] : Array.Empty<string>()).Concat(tokens.Skip(1)))
        {
            if (arg.Length == 0) throw Problem(t, "has an empty argument");
            int eq = arg.IndexOf('=');
            if (eq < 0) positional.Add(arg);
            else if (!keys.TryAdd(arg[..eq].Trim(), arg[(eq + 1)..].Trim())) throw Problem(t, $"gives '{arg[..eq]}' twice");
        }
        var spec = new PolicySpec(t, PolicyKind.None);
        spec = name switch
        {
            "none" => Positional(t, positional, 0) with { Kind = PolicyKind.None },
            "band" => WithBand(t, Positional(t, positional, 1), positional[0]) with { Kind = PolicyKind.Band },
            "time" => Positional(t, positional, 1) with { Kind = PolicyKind.Time, Period = Time(t, positional[0]) },
            "time-or-band" => WithBand(t, Positional(t, positional, 2), positional[1]) with { Kind = PolicyKind.TimeOrBand, Period = Time(t, positional[0]) },
            "ww" => Positional(t, positional, 0) with { Kind = PolicyKind.WhalleyWilmott, RiskAversion = Positive(t, Take(t, keys, "gamma"), "gamma") },
            "zakamouline" => Positional(t, positional, 0) with { Kind = PolicyKind.Zakamouline, RiskAversion = Positive(t, Take(t, keys, "gamma"), "gamma") },
            "thresholds" => Positional(t, positional, 1) with { Kind = PolicyKind.Thresholds, ThresholdsFile = positional[0] },
            "cppi" => Positional(t, positional, 0) with
            {
                Kind = PolicyKind.Cppi,
                Underlying = Take(t, keys, "underlying"),
                Floor = InRange(t, Take(t, keys, "floor"), "floor", 0, 1, closedLow: true),
                Multiplier = Positive(t, Take(t, keys, "m"), "m"),
            },
            "voltarget" => Positional(t, positional, 0) with
            {
                Kind = PolicyKind.VolTarget,
                Underlying = Take(t, keys, "underlying"),
                TargetVol = Positive(t, Take(t, keys, "target"), "target"),
                Cap = Positive(t, Take(t, keys, "cap"), "cap"),
            },
            _ => throw Problem(t, $"is not a policy (none, band, time, time-or-band, ww, zakamouline, thresholds, cppi, voltarget)"),
        };
        if (keys.Remove("to", out string? to))
        {
            spec = spec with
            {
                To = to.ToLowerInvariant() switch
                {
                    "edge" => Landing.Edge,
                    "target" => Landing.Target,
                    "mid" => Landing.Mid,
                    _ => throw Problem(t, $"to={to}: write to=edge, to=target or to=mid"),
                },
            };
        }
        if (keys.Remove("min", out string? min)) spec = spec with { MinTradeCoins = NonNegative(t, min, "min") };
        if (keys.Remove("cooldown", out string? cooldown)) spec = spec with { Cooldown = Time(t, cooldown) };
        if (keys.Remove("capital", out string? capital))
        {
            if (!spec.IsAccount) throw Problem(t, "capital= applies to cppi and voltarget only");
            spec = spec with { CapitalUsd = Positive(t, capital, "capital") };
        }
        if (keys.Count > 0) throw Problem(t, $"has unknown key(s) {string.Join(", ", keys.Keys)}");
        return spec;
    }

    private static PolicySpec Positional(string text, List<string> positional, int count) =>
        positional.Count == count ? new PolicySpec(text, PolicyKind.None)
            : throw Problem(text, $"takes {count} argument(s) before its keys, not {positional.Count}");

    private static PolicySpec WithBand(string text, PolicySpec spec, string band)
    {
        bool percent = band.EndsWith('%');
        double value = NonNegative(text, percent ? band[..^1] : band, "band");
        if (value <= 0) throw Problem(text, "needs a band greater than zero");
        return spec with { Band = value, BandIsPercent = percent };
    }

    private static string Take(string text, Dictionary<string, string> keys, string key) =>
        keys.Remove(key, out string? value) ? value : throw Problem(text, $"needs {key}=");

    private static Duration Time(string text, string value) =>
        Duration.TryParse(value, out Duration d, out string problem) ? d : throw Problem(text, problem);

    private static double Number(string text, string value, string what) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out double x) && double.IsFinite(x)
            ? x : throw Problem(text, $"{what}={value} is not a number");

    private static double Positive(string text, string value, string what) =>
        Number(text, value, what) is var x && x > 0 ? x : throw Problem(text, $"{what} must be greater than zero");

    private static double NonNegative(string text, string value, string what) =>
        Number(text, value, what) is var x && x >= 0 ? x : throw Problem(text, $"{what} must not be negative");

    private static double InRange(string text, string value, string what, double low, double high, bool closedLow) =>
        Number(text, value, what) is var x && (closedLow ? x >= low : x > low) && x < high
            ? x : throw Problem(text, $"{what} must lie in {(closedLow ? "[" : "(")}{low}, {high})");

    private static FormatException Problem(string text, string problem) => new($"policy '{text}' {problem}");
}
