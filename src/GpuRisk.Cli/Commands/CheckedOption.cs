using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Numerics;

namespace GpuRisk.Cli.Commands;

/// <summary>
/// Options whose values are checked while the command line is parsed. A bad value becomes a parse error
/// whose message names the option and says what it takes, so <see cref="CliApp"/> exits 2 before any work
/// starts, and never with an exception from a value that could not be converted.
/// </summary>
/// <remarks>
/// Every factory returns an ordinary <see cref="Option{T}"/>: read it with <c>parse.GetValue</c>. An
/// option that was not given has no tokens; it then takes its default (null unless stated).
/// </remarks>
public static class CheckedOption
{
    /// <summary>A whole number in [<paramref name="min"/>, <paramref name="max"/>]; null when not given.</summary>
    /// <param name="name">The option, e.g. <c>--paths</c>.</param>
    /// <param name="description">Help text.</param>
    /// <param name="min">Smallest value accepted.</param>
    /// <param name="max">Largest value accepted.</param>
    /// <param name="why">Why the range is what it is, for the message (optional).</param>
    public static Option<T?> WholeNumber<T>(string name, string description, T min, T max, string? why = null)
        where T : struct, IBinaryInteger<T>, IMinMaxValue<T>
    {
        string range = max == T.MaxValue ? $">= {min}" : $"in {min}..{max}";
        string rule = why is null ? $"a whole number {range}" : $"a whole number {range} ({why})";
        return new Option<T?>(name)
        {
            Description = $"{description}: {rule}",
            CustomParser = result => Single(result) is not { } text ? null
                : T.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out T value) && value >= min && value <= max
                    ? value
                    : Fail<T?>(result, name, $"'{text}' is not {rule}"),
        };
    }

    /// <summary>
    /// One of <paramref name="allowed"/> (exact spelling); <paramref name="defaultValue"/> when not given (null:
    /// none), which help shows.
    /// </summary>
    public static Option<string?> OneOf(string name, string description, string? defaultValue, params IReadOnlyList<string> allowed)
    {
        var option = new Option<string?>(name)
        {
            Description = $"{description}: {string.Join(", ", allowed)}",
            CustomParser = result => Single(result) is not { } text ? defaultValue
                : allowed.Contains(text) ? text
                : Fail<string?>(result, name, $"'{text}' is not one of {string.Join(", ", allowed)}"),
        };
        if (defaultValue is not null) option.DefaultValueFactory = _ => defaultValue;
        return option;
    }

    /// <summary>The path of an existing file (not a folder).</summary>
    public static Option<string?> ExistingFile(string name, string description, bool required) => new(name)
    {
        Description = description,
        Required = required,
        CustomParser = result => Single(result) is not { } path ? null
            : Directory.Exists(path) ? Fail<string?>(result, name, $"'{path}' is a folder; give a file")
            : File.Exists(path) ? path
            : Fail<string?>(result, name, $"'{path}' does not exist"),
    };

    /// <summary>
    /// Where output goes: a non-empty path that, when it already exists, is of the kind the command writes
    /// (a file for <see cref="OutputKind.File"/>, a folder for <see cref="OutputKind.Folder"/>; either for
    /// <see cref="OutputKind.FileOrShardFolder"/>, which the command checks with <see cref="RequireOutput"/>).
    /// </summary>
    public static Option<string?> OutputPath(string name, string description, OutputKind kind) => new(name)
    {
        Description = description,
        CustomParser = result => Single(result) is not { } path ? null
            : path.Trim().Length == 0 ? Fail<string?>(result, name, "is empty; give a path")
            : OutputProblem(path, kind) is { } problem ? Fail<string?>(result, name, problem)
            : path,
    };

    /// <summary>Checks that <paramref name="path"/>, the value of <paramref name="name"/>, is not an existing path of the other kind.</summary>
    /// <exception cref="InputException">It is: the message names the option.</exception>
    public static void RequireOutput(string name, string path, OutputKind kind)
    {
        if (OutputProblem(path, kind) is { } problem) throw new InputException(name, "", name, problem);
    }

    private static string? OutputProblem(string path, OutputKind kind) =>
        kind == OutputKind.File && Directory.Exists(path) ? $"'{path}' is a folder; give a file name"
        : kind == OutputKind.Folder && File.Exists(path) ? $"'{path}' is a file; give a folder"
        : null;

    /// <summary>A value read by <paramref name="parse"/>, whose <see cref="InputException"/> becomes a parse error naming the option.</summary>
    public static Option<T?> Parsed<T>(string name, string description, Func<string, T> parse) where T : class => new(name)
    {
        Description = description,
        CustomParser = result =>
        {
            if (Single(result) is not { } text) return null;
            try
            {
                return parse(text);
            }
            catch (InputException e)
            {
                return Fail<T?>(result, name, $"'{e.Field}': {e.Problem}");
            }
        },
    };

    // The option's value as typed; null when the option was not given (S.CL allows one token by default).
    private static string? Single(ArgumentResult result) => result.Tokens.Count == 0 ? null : result.Tokens[^1].Value;

    private static T Fail<T>(ArgumentResult result, string name, string problem)
    {
        result.AddError($"{name}: {problem}");
        return default!;
    }
}
