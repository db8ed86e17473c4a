using System.Text;
using System.Text.RegularExpressions;
using CsCheck;

namespace GpuRisk.Tests.IO.Properties;

/// <summary>
/// One hostile edit of a valid input file's text or bytes, with a description to print when it breaks a reader.
/// The edits aim at what breaks parsers: structure characters, numbers at the edge of the double range, control
/// characters, invalid UTF-8, repeated and truncated content.
/// </summary>
/// <param name="Description">What the edit did, for the failure message.</param>
/// <param name="Apply">The edit, on the file's bytes.</param>
internal sealed partial record Mutation(string Description, Func<byte[], byte[]> Apply)
{
    /// <summary>Where in the file an edit lands, as a fraction of its length (uniform over a million positions).</summary>
    private static Gen<double> At { get; } = Gen.Int[0, 999_999].Select(i => i / 1e6);

    /// <summary>Text that breaks parsers, inserted or substituted anywhere.</summary>
    public static readonly string[] Tokens =
    [
        ",", "\"", "\"\"", "\n", "\r\n", "\r", "\0", "\t", "\uFEFF", "{", "}", "[", "]", ":", "\\", "\\u0000", "\\ud800",
        "NaN", "Infinity", "-Infinity", "1e400", "-1e400", "5e-324", "4.9e-324", "2.2250738585072014E-308", "1e308",
        "-0", "0", "-1", "0.5", "1", "2", "1e", "--1", "0x10", "1,5", "null", "true", "\"x\"", "[]", "{}",
        "é", "😀", "\u00a0", "2026-12-25T08:00:00+05:00", "2026-12-25T08:00:00-00:00", "2026-12-25T08:00:00z",
        "9999-12-31T23:59:59Z", "0001-01-01T00:00:00Z", "2026-02-30T08:00:00Z", "2026-12-25 08:00:00Z",
        new string('9', 400), new string('[', 200),
    ];

    /// <summary>Values a field might hold, each valid where a JSON value or a CSV cell may stand.</summary>
    public static readonly string[] Values =
    [
        "1e400", "-1e400", "5e-324", "4.9e-324", "2.2250738585072014E-308", "1e308", "1.7976931348623157e308", "-0", "0",
        "-1", "0.5", "1", "2", "1e-300", "123456789012345678901234567890", "0.9999999999999999", "1.0000000000000002",
    ];

    /// <summary>Cell texts for a CSV book: <see cref="Values"/> plus what CSV allows and JSON does not.</summary>
    public static readonly string[] Cells =
    [
        .. Values, "", " ", "NaN", "Infinity", "-Infinity", "\"\"", "\"a,b\"", "\"x\"\"y\"", "\"multi\nline\"", "call", "PUT", "Future",
        "perp", "spot", "BTC", "btc", "DOGE", "2026-12-25T08:00:00+05:00", "2026-12-25T08:00:00-00:00", "2026-12-25T08:00:00+00:00",
        "2026-12-25T08:00:00z", "2026-12-25T08:00Z", "2026-12-25T08:00:00.1234567Z", "9999-12-31T23:59:59Z", "0001-01-01T00:00:00Z",
        "2026-11-24T08:00:00Z", "2026-11-24T08:00:00.0000001Z", "2026-02-30T08:00:00Z", "1e5", "100,000", "é", "😀",
    ];

    /// <summary>JSON values: <see cref="Values"/> plus the other kinds, so a field can get a value of the wrong type.</summary>
    public static readonly string[] JsonValues =
    [
        .. Values, "null", "true", "\"x\"", "\"\"", "[]", "{}", "[1, 2]", "{\"a\": 1}", "\"2026-12-25T08:00:00+05:00\"",
        "\"2026-12-25T08:00:00Z\"", "\"auto\"", "\"cuda\"", "\"double\"", "\"deribit\"", "\"default\"", "\"normal\"",
        "\"BTC\"", "\"BTC/ETH\"", "\"\\u0000\"", "\"\\ud800\"", new string('[', 70) + new string(']', 70),
    ];

    /// <summary>An edit that ignores the format: text inserted, replaced or deleted, the file truncated, a byte set.</summary>
    // Declared before the generators that use it: static properties initialise in order.
    private static Gen<Mutation> Syntax { get; } = Gen.Frequency(
        (3, Gen.Select(At, Gen.OneOf(Tokens), (at, token) => Text($"insert {Show(token)} at {at:F3}",
            s => s.Insert(Index(s, at), token)))),
        (3, Gen.Select(At, Gen.Int[1, 12], Gen.OneOf(Tokens), (at, length, token) => Text(
            $"replace {length} chars at {at:F3} with {Show(token)}", s => Replace(s, Index(s, at), length, token)))),
        (2, Gen.Select(At, Gen.Int[1, 40], (at, length) => Text($"delete {length} chars at {at:F3}",
            s => Replace(s, Index(s, at), length, "")))),
        (1, At.Select(at => Text($"truncated at {at:F3}", s => s[..Index(s, at)]))),
        (1, Gen.Select(At, Gen.Int[0, 255], (at, value) => new Mutation($"byte at {at:F3} set to 0x{value:X2}",
            b => SetByte(b, at, (byte)value)))));

    /// <summary>
    /// An edit of a JSON file: mostly one that keeps the syntax (a value replaced by another of any type, a
    /// property repeated, a value nested deep), sometimes one that breaks it.
    /// </summary>
    public static Gen<Mutation> OfJson { get; } = Gen.Frequency(
        (6, Gen.Select(At, Gen.OneOf(JsonValues), (at, value) => Text($"value at {at:F3} becomes {Show(value)}",
            s => Substitute(JsonScalars(s), s, at, value)))),
        (2, At.Select(at => Text($"property at {at:F3} repeated", s => RepeatProperty(s, at)))),
        (2, Syntax));

    /// <summary>An edit of a CSV book: mostly a cell replaced, sometimes a line repeated or the syntax broken.</summary>
    public static Gen<Mutation> OfCsv { get; } = Gen.Frequency(
        (6, Gen.Select(At, Gen.OneOf(Cells), (at, cell) => Text($"cell at {at:F3} becomes {Show(cell)}",
            s => Substitute(CsvCellPattern().Matches(s).Select(m => (m.Index, m.Length)).ToList(), s, at, cell)))),
        (1, At.Select(at => Text($"line at {at:F3} repeated", s => RepeatLine(s, at)))),
        (3, Syntax));

    /// <summary>An edit of a binary file: bytes overwritten, inserted or dropped, or the file truncated.</summary>
    public static Gen<Mutation> OfBytes { get; } = Gen.Frequency(
        (4, Gen.Select(At, Gen.Int[0, 255], (at, value) => new Mutation($"byte at {at:F3} set to 0x{value:X2}",
            b => SetByte(b, at, (byte)value)))),
        (2, Gen.Select(At, Gen.Int[1, 16], Gen.Int[0, 255], (at, length, value) => new Mutation(
            $"{length} bytes at {at:F3} set to 0x{value:X2}", b => Fill(b, at, length, (byte)value)))),
        (1, Gen.Select(At, Gen.Int[1, 64], (at, length) => new Mutation($"{length} bytes at {at:F3} dropped",
            b => [.. b.AsSpan(0, Index(b.Length, at)), .. b.AsSpan(Math.Min(b.Length, Index(b.Length, at) + length))]))),
        (1, At.Select(at => new Mutation($"truncated at {at:F3}", b => b[..Index(b.Length, at)]))));

    /// <summary>One or two edits applied in turn.</summary>
    public static Gen<Mutation[]> Several(Gen<Mutation> one) =>
        Gen.Select(Gen.Int[1, 2], one, one, (n, a, b) => new[] { a, b }[..n]);

    /// <summary>The bytes after every edit.</summary>
    public static byte[] ApplyAll(byte[] bytes, Mutation[] edits) => edits.Aggregate(bytes, (b, m) => m.Apply(b));

    /// <summary>The edits, for a failure message.</summary>
    public static string Print(Mutation[] edits) => string.Join("; ", edits.Select(m => m.Description));

    private static Mutation Text(string description, Func<string, string> edit) =>
        new(description, b => Encoding.UTF8.GetBytes(edit(Encoding.UTF8.GetString(b))));

    private static int Index(string s, double at) => Index(s.Length, at);

    private static int Index(int length, double at) => Math.Clamp((int)(at * length), 0, length);

    private static string Replace(string s, int at, int length, string with) => s[..at] + with + s[Math.Min(s.Length, at + length)..];

    private static string Substitute(IReadOnlyList<(int Index, int Length)> spans, string s, double at, string with)
    {
        if (spans.Count == 0) return s;
        (int index, int length) = spans[Math.Min(spans.Count - 1, (int)(at * spans.Count))];
        return s[..index] + with + s[(index + length)..];
    }

    /// <summary>Where the scalar values of a JSON text are (strings, numbers, literals; property names excluded).</summary>
    private static List<(int Index, int Length)> JsonScalars(string s)
    {
        var spans = new List<(int, int)>();
        for (int i = 0; i < s.Length;)
        {
            int start = i;
            if (s[i] == '"')
            {
                for (i++; i < s.Length && s[i] != '"'; i++)
                {
                    if (s[i] == '\\') i++;
                }
                i = Math.Min(s.Length, i + 1);
                int next = i;
                while (next < s.Length && char.IsWhiteSpace(s[next])) next++;
                if (next < s.Length && s[next] == ':') continue; // a property name
            }
            else if (char.IsAsciiLetterOrDigit(s[i]) || s[i] is '-' or '.' or '+')
            {
                while (i < s.Length && (char.IsAsciiLetterOrDigit(s[i]) || s[i] is '-' or '.' or '+')) i++;
            }
            else
            {
                i++;
                continue;
            }
            spans.Add((start, i - start));
        }
        return spans;
    }

    // A "name": value pair written twice in the same object (the value a number, string or literal).
    private static string RepeatProperty(string s, double at)
    {
        MatchCollection found = JsonPropertyPattern().Matches(s);
        if (found.Count == 0) return s;
        Match m = found[Math.Min(found.Count - 1, (int)(at * found.Count))];
        return s[..(m.Index + m.Length)] + ", " + m.Value + s[(m.Index + m.Length)..];
    }

    private static string RepeatLine(string s, double at)
    {
        string[] lines = s.Split('\n');
        int i = Math.Min(lines.Length - 1, (int)(at * lines.Length));
        return string.Join('\n', lines.Take(i + 1).Append(lines[i]).Concat(lines.Skip(i + 1)));
    }

    private static byte[] SetByte(byte[] b, double at, byte value) => Fill(b, at, 1, value);

    private static byte[] Fill(byte[] b, double at, int length, byte value)
    {
        byte[] copy = (byte[])b.Clone();
        int start = Index(Math.Max(0, b.Length - 1), at);
        copy.AsSpan(start, Math.Min(length, b.Length - start)).Fill(value);
        return copy;
    }

    private static string Show(string token) => token.Length > 12 ? $"{token[..6]}...({token.Length} chars)" : $"'{token}'";

    [GeneratedRegex(@"""[A-Za-z/]+""\s*:\s*(-?\d+(\.\d+)?([eE][+-]?\d+)?|""[^""]*"")")]
    private static partial Regex JsonPropertyPattern();

    // One cell of an unquoted CSV data line (the header is left alone): what lies between two commas or line ends.
    [GeneratedRegex(@"(?<=\n([^\n]*,)?)[^,\n]*(?=,|\n|$)")]
    private static partial Regex CsvCellPattern();
}
