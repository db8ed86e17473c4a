using System.CommandLine;
using System.Globalization;
using GpuRisk.Config;

namespace GpuRisk.Cli.Commands;

/// <summary>Parsing and validation of the horizon and level options the risk commands share.</summary>
public static class RiskOptions
{
    /// <summary>A comma-separated list of durations (<c>1d,7d</c>); an error names <paramref name="option"/>.</summary>
    public static Option<string> Durations(string option, string description, string defaultValue) =>
        WithValidator(new Option<string>(option) { Description = description, DefaultValueFactory = _ => defaultValue },
            text => ParseDurations(text, option, out _));

    /// <summary>One duration (<c>7d</c>); an error names <paramref name="option"/>.</summary>
    public static Option<string> SingleDuration(string option, string description, string defaultValue) =>
        WithValidator(new Option<string>(option) { Description = description, DefaultValueFactory = _ => defaultValue },
            text => ParseSingleDuration(text, option, out _));

    /// <summary>The value of a <see cref="SingleDuration"/> option (validated by the parser).</summary>
    public static Duration SingleDurationOf(ParseResult parse, Option<string> option) =>
        ParseSingleDuration(parse.GetValue(option)!, option.Name, out Duration d) is { } problem
            ? throw new InvalidOperationException($"{option.Name} was not validated: {problem}") : d;

    /// <summary>The gap-loss limit, USD: a finite amount &gt;= 0.</summary>
    public static Option<double?> GapLimit(string description)
    {
        var option = new Option<double?>("--gap-limit") { Description = description };
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<double?>() is { } g && !(g >= 0 && double.IsFinite(g))) result.AddError("--gap-limit must be a finite amount >= 0 USD");
        });
        return option;
    }

    /// <summary>A comma-separated list of confidence levels in (0, 1).</summary>
    public static Option<string> Levels(string defaultValue) =>
        WithValidator(new Option<string>("--levels") { Description = "Confidence levels in (0, 1), e.g. 0.99,0.999", DefaultValueFactory = _ => defaultValue },
            text => ParseLevels(text, out _));

    /// <summary>The durations of <paramref name="text"/>, ascending and distinct, or a problem naming <paramref name="option"/>.</summary>
    public static string? ParseDurations(string text, string option, out Duration[] durations)
    {
        durations = [];
        var list = new List<Duration>();
        foreach (string part in text.Split(',', StringSplitOptions.TrimEntries))
        {
            if (!Duration.TryParse(part, out Duration d, out string problem)) return $"{option}: {problem}";
            list.Add(d);
        }
        durations = [.. list.DistinctBy(d => d.Days).OrderBy(d => d.Days)];
        return durations.Length == 0 ? $"{option}: give at least one duration" : null;
    }

    private static string? ParseSingleDuration(string text, string option, out Duration duration)
    {
        duration = default;
        if (ParseDurations(text, option, out Duration[] list) is { } problem) return problem;
        if (list.Length != 1) return $"{option}: give one duration, not '{text}'";
        duration = list[0];
        return null;
    }

    /// <summary>The levels of <paramref name="text"/>, or a problem naming --levels.</summary>
    public static string? ParseLevels(string text, out double[] levels)
    {
        levels = [];
        var list = new List<double>();
        foreach (string part in text.Split(',', StringSplitOptions.TrimEntries))
        {
            if (!double.TryParse(part, NumberStyles.Float, CultureInfo.InvariantCulture, out double level) || !(level > 0 && level < 1))
            {
                return $"--levels: '{part}' is not a confidence level in (0, 1) (e.g. 0.99)";
            }
            list.Add(level);
        }
        levels = [.. list.Distinct()];
        return levels.Length == 0 ? "--levels: give at least one level" : null;
    }

    private static Option<string> WithValidator(Option<string> option, Func<string, string?> check)
    {
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string>() is { } text && check(text) is { } problem) result.AddError(problem);
        });
        return option;
    }
}
