using System.Text;

namespace GpuRisk.IO;

/// <summary>
/// Reads a CSV book into a <see cref="BookTable"/>: RFC 4180 (comma separated, CRLF or LF line
/// ends, fields optionally in double quotes, a doubled quote inside quotes is one quote, quoted
/// fields may span lines), UTF-8 with or without a byte-order mark.
/// </summary>
/// <remarks>
/// Cells are trimmed, and an empty cell means "missing". Blank lines are skipped and not counted,
/// so data row k is the k-th non-blank record after the header. Anything RFC 4180 does not allow
/// (a quote inside an unquoted field, text after a closing quote, an unclosed quote) is an error
/// rather than guessed at: a guess could shift cells into the wrong columns.
/// </remarks>
internal static class CsvTableReader
{
    /// <summary>Reads the whole of <paramref name="stream"/>.</summary>
    /// <exception cref="InputException">The text is not CSV, or a row is malformed.</exception>
    public static BookTable Read(Stream stream, string file)
    {
        string text = Decode(stream, file);
        var parser = new Parser(text);
        List<string>? header = NextNonBlank(parser, file, null, 0);
        if (header is null)
        {
            throw new InputException(file, InputLocation.FileRow, InputLocation.RowsField,
                "the file is empty: expected a header row and at least one position");
        }
        var rows = new List<string?[]>();
        while (NextNonBlank(parser, file, header, rows.Count + 1) is { } record)
        {
            int row = rows.Count + 1;
            if (record.Count != header.Count)
            {
                throw new InputException(file, Row(row), InputLocation.CellsField,
                    $"the row has {record.Count} cells but the header has {header.Count} columns");
            }
            rows.Add(record.Select(c => c.Length == 0 ? null : c).ToArray());
        }
        return new BookTable(file, header, rows);
    }

    private static string Row(int dataRow) => dataRow == 0 ? InputLocation.HeaderRow
        : dataRow.ToString(System.Globalization.CultureInfo.InvariantCulture);

    // The next record that is not a blank line, its cells trimmed; null at the end of the text.
    private static List<string>? NextNonBlank(Parser parser, string file, List<string>? header, int dataRow)
    {
        while (true)
        {
            List<string>? record;
            try
            {
                record = parser.Next();
            }
            catch (CsvSyntaxException e)
            {
                string field = header is null ? InputLocation.HeaderRow
                    : e.CellIndex < header.Count ? header[e.CellIndex] : InputLocation.CellsField;
                throw new InputException(file, Row(dataRow), field, e.Message);
            }
            if (record is null) return null;
            if (record.Count == 1 && record[0].Trim().Length == 0) continue;
            return record.ConvertAll(c => c.Trim());
        }
    }

    private static string Decode(Stream stream, string file)
    {
        byte[] bytes = InputText.ReadAllBytes(stream, file);
        if (bytes.AsSpan().StartsWith("PAR1"u8))
        {
            throw new InputException(file, InputLocation.FileRow, InputLocation.FormatField,
                "this is a Parquet file, not CSV; give it the .parquet extension");
        }
        string text = InputText.Decode(bytes, file, "CSV");
        if (text.Contains('\0'))
        {
            throw new InputException(file, InputLocation.FileRow, InputLocation.FormatField,
                "not a CSV text file: it contains NUL bytes (binary data)");
        }
        return text;
    }

    /// <summary>An RFC 4180 violation in cell <see cref="CellIndex"/> (0-based) of the current record.</summary>
    private sealed class CsvSyntaxException(int cellIndex, string message) : Exception(message)
    {
        public int CellIndex { get; } = cellIndex;
    }

    /// <summary>Splits the text into records of raw (untrimmed) cells.</summary>
    private sealed class Parser(string text)
    {
        private int _pos;

        public List<string>? Next()
        {
            if (_pos >= text.Length) return null;
            var cells = new List<string>();
            while (true)
            {
                bool quoted = _pos < text.Length && text[_pos] == '"';
                cells.Add(quoted ? Quoted(cells.Count) : Unquoted(cells.Count));
                if (_pos >= text.Length) return cells;
                char c = text[_pos++];
                if (c == ',') continue;
                if (c == '\r' && _pos < text.Length && text[_pos] == '\n') _pos++;
                return cells;
            }
        }

        private string Unquoted(int cell)
        {
            int start = _pos;
            while (_pos < text.Length && text[_pos] is not (',' or '\r' or '\n'))
            {
                if (text[_pos] == '"')
                {
                    throw new CsvSyntaxException(cell,
                        "a quote inside an unquoted cell; quote the whole cell and double the quotes inside it");
                }
                _pos++;
            }
            return text[start.._pos];
        }

        private string Quoted(int cell)
        {
            var value = new StringBuilder();
            _pos++; // opening quote
            while (true)
            {
                if (_pos >= text.Length)
                {
                    throw new CsvSyntaxException(cell, "a quoted cell is never closed: the file is truncated or a quote is missing");
                }
                char c = text[_pos++];
                if (c != '"')
                {
                    value.Append(c);
                }
                else if (_pos < text.Length && text[_pos] == '"')
                {
                    value.Append('"');
                    _pos++;
                }
                else
                {
                    break;
                }
            }
            if (_pos < text.Length && text[_pos] is not (',' or '\r' or '\n'))
            {
                throw new CsvSyntaxException(cell, "text after a closing quote; double a quote that is part of the cell");
            }
            return value.ToString();
        }
    }
}
