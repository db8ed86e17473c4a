using System.Text;
using System.Text.Json;

namespace GpuRisk.IO;

/// <summary>
/// Parses an input file as JSON, strictly: UTF-8 (a byte-order mark is allowed), no trailing commas, at most
/// <see cref="MaxDepth"/> levels of nesting. Malformed JSON is an <see cref="InputException"/> whose row is
/// the JSON path of the value being read when the syntax broke (<c>$</c> where none was) and whose message
/// gives the line, the byte and the text around it, e.g.
/// <c>malformed JSON at line 1, byte 305: 'N' is an invalid start of a value; near '"vol": &gt;&gt;&gt;NaN }'</c>.
/// </summary>
internal static class JsonInput
{
    /// <summary>Deepest nesting accepted (System.Text.Json's default): deeper input is malformed, never a stack overflow.</summary>
    public const int MaxDepth = 64;

    /// <summary>Characters of context shown on each side of the byte where the syntax broke.</summary>
    private const int ContextBytes = 32;

    /// <summary>Marks, inside the quoted context, where the syntax broke.</summary>
    private const string Here = ">>>";

    /// <summary>Parses <paramref name="bytes"/>; the caller disposes the document.</summary>
    /// <param name="bytes">The file's content.</param>
    /// <param name="file">The file messages name.</param>
    /// <param name="allowComments">True to skip // and /* */ comments (the config allows them), false to reject them.</param>
    /// <exception cref="InputException">The bytes are not UTF-8, or not JSON.</exception>
    public static JsonDocument Parse(byte[] bytes, string file, bool allowComments)
    {
        // Decoded strictly first: JsonDocument does not check the UTF-8 inside strings until they are read.
        InputText.Decode(bytes, file, "JSON");
        ReadOnlyMemory<byte> json = bytes.AsMemory(bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? Encoding.UTF8.Preamble.Length : 0);
        var handling = allowComments ? JsonCommentHandling.Skip : JsonCommentHandling.Disallow;
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = handling, MaxDepth = MaxDepth });
        }
        catch (JsonException e)
        {
            // JsonException counts lines and bytes from 0 and repeats them at the end of its message.
            long line = e.LineNumber ?? 0;
            long byteInLine = e.BytePositionInLine ?? 0;
            string what = e.Message.Split(" LineNumber:")[0].TrimEnd().TrimEnd('.');
            string near = Context(json.Span, line, byteInLine);
            throw new InputException(file, PathWhereBroken(json.Span, handling), InputLocation.JsonSyntaxField,
                $"malformed JSON at line {line + 1}, byte {byteInLine + 1}: {what}{near}", e);
        }
        try
        {
            CheckStrings(document.RootElement, file, InputLocation.JsonRootRow);
            return document;
        }
        catch
        {
            document.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Every string and property name must be text: JSON syntax allows an escaped lone surrogate (<c>"\ud800"</c>),
    /// which no .NET string can hold, so reading it later would throw where no one expects it.
    /// </summary>
    private static void CheckStrings(JsonElement element, string file, string path)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (JsonProperty p in element.EnumerateObject())
                {
                    string name = Text(() => p.Name, file, path);
                    CheckStrings(p.Value, file, $"{path}.{name}");
                }
                break;
            case JsonValueKind.Array:
                int i = 0;
                foreach (JsonElement item in element.EnumerateArray()) CheckStrings(item, file, $"{path}[{i++}]");
                break;
            case JsonValueKind.String:
                Text(() => element.GetString()!, file, path);
                break;
        }
    }

    private static string Text(Func<string> read, string file, string path)
    {
        try
        {
            return read();
        }
        catch (InvalidOperationException e)
        {
            throw new InputException(file, path, InputLocation.JsonSyntaxField, $"the string is not valid Unicode text ({e.Message})", e);
        }
    }

    /// <summary>The JSON path of the value the reader was in when the syntax broke, e.g. <c>$.underlyings.U01.vol</c>.</summary>
    private static string PathWhereBroken(ReadOnlySpan<byte> json, JsonCommentHandling comments)
    {
        var frames = new List<Frame>();
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { CommentHandling = comments, MaxDepth = MaxDepth });
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject or JsonTokenType.StartArray:
                        frames.Add(new Frame(reader.TokenType == JsonTokenType.StartArray));
                        break;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        frames.RemoveAt(frames.Count - 1);
                        if (frames.Count > 0) frames[^1].ValueDone();
                        break;
                    case JsonTokenType.PropertyName:
                        frames[^1].Name = reader.GetString();
                        break;
                    case JsonTokenType.Comment:
                        break;
                    default:
                        if (frames.Count > 0) frames[^1].ValueDone();
                        break;
                }
            }
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            // The reader stops where JsonDocument did: the frames hold the path to that point.
        }
        var path = new StringBuilder(InputLocation.JsonRootRow);
        foreach (Frame f in frames) f.AppendTo(path);
        return path.ToString();
    }

    /// <summary>"; near '...'" with <see cref="Here"/> at the byte where the syntax broke, on that line only.</summary>
    private static string Context(ReadOnlySpan<byte> json, long line, long byteInLine)
    {
        int start = 0;
        for (long l = 0; l < line; l++)
        {
            int next = json[start..].IndexOf((byte)'\n');
            if (next < 0) return "";
            start += next + 1;
        }
        int lineEnd = json[start..].IndexOfAny((byte)'\n', (byte)'\r') is var e and >= 0 ? start + e : json.Length;
        int at = (int)Math.Min(start + byteInLine, lineEnd);
        int from = Math.Max(start, at - ContextBytes), to = Math.Min(lineEnd, at + ContextBytes);
        // Never cut a UTF-8 character in two: step off continuation bytes (10xxxxxx).
        while (from < at && (json[from] & 0xC0) == 0x80) from++;
        while (to > at && to < json.Length && (json[to] & 0xC0) == 0x80) to--;
        string before = Printable(json[from..at]), after = Printable(json[at..to]);
        return $"; near '{(from > start ? "..." : "")}{before}{Here}{after}{(to < lineEnd ? "..." : "")}'";
    }

    private static string Printable(ReadOnlySpan<byte> bytes)
    {
        var text = new StringBuilder(Encoding.UTF8.GetString(bytes));
        for (int i = 0; i < text.Length; i++)
        {
            if (char.IsControl(text[i])) text[i] = ' ';
        }
        return text.ToString();
    }

    /// <summary>One open object or array on the way to the broken byte.</summary>
    private sealed class Frame(bool isArray)
    {
        private int _index;
        private bool _valueDone = true;
        private string? _name;

        /// <summary>The object's current property name; a value for it is now being read.</summary>
        public string? Name
        {
            set
            {
                _name = value;
                _valueDone = false;
            }
        }

        /// <summary>The value being read is complete: the next one is another array item or property.</summary>
        public void ValueDone()
        {
            if (isArray) _index++;
            else _valueDone = true;
        }

        public void AppendTo(StringBuilder path)
        {
            if (isArray) path.Append('[').Append(_index).Append(']');
            else if (!_valueDone) path.Append('.').Append(_name);
        }
    }
}
