namespace GpuRisk.Cli;

/// <summary>
/// A table the command prints, kept as plain text cells so that <see cref="Terminal.Write(TextTable)"/> can
/// draw it as a Spectre.Console table for a person at a terminal, or as plain aligned columns, never wrapped,
/// when output goes to a file or a pipe.
/// </summary>
/// <param name="title">A line above the table, or null.</param>
/// <param name="columns">The column headers, in order.</param>
public sealed class TextTable(string? title, params IReadOnlyList<TextTable.Column> columns)
{
    /// <summary>One column: its header and whether its cells are right-aligned (numbers).</summary>
    public sealed record Column(string Header, bool RightAligned = false);

    /// <summary>One row: its cells, and whether it stands out (a total, the device <c>auto</c> picks).</summary>
    public sealed record Row(IReadOnlyList<string> Cells, bool Emphasis);

    private readonly List<Row> _rows = [];

    /// <summary>The line above the table, or null.</summary>
    public string? Title => title;

    /// <summary>The columns.</summary>
    public IReadOnlyList<Column> Columns => columns;

    /// <summary>The rows added so far.</summary>
    public IReadOnlyList<Row> Rows => _rows;

    /// <summary>Adds a row of plain text cells, one per column.</summary>
    /// <exception cref="ArgumentException">The number of cells differs from the number of columns.</exception>
    public TextTable Add(params IReadOnlyList<string> cells) => Add(false, cells);

    /// <summary>Adds a row that stands out (<paramref name="emphasis"/>) or not.</summary>
    public TextTable Add(bool emphasis, params IReadOnlyList<string> cells)
    {
        if (cells.Count != columns.Count)
        {
            throw new ArgumentException($"{cells.Count} cells for {columns.Count} columns", nameof(cells));
        }
        _rows.Add(new Row(cells, emphasis));
        return this;
    }

    /// <summary>
    /// The table as plain text: the title, the header, a rule, then one line per row, each column padded to
    /// its widest cell and two spaces apart. Nothing is wrapped or cut, whatever the width.
    /// </summary>
    public string ToPlainText()
    {
        int[] width = new int[columns.Count];
        for (int c = 0; c < columns.Count; c++)
        {
            width[c] = Math.Max(columns[c].Header.Length, _rows.Count == 0 ? 0 : _rows.Max(r => r.Cells[c].Length));
        }
        var text = new System.Text.StringBuilder();
        if (title is not null) text.AppendLine(title);
        Line(columns.Select(c => c.Header).ToArray());
        Line(width.Select(w => new string('-', w)).ToArray());
        foreach (Row r in _rows) Line(r.Cells);
        return text.ToString();

        void Line(IReadOnlyList<string> cells) => text.AppendLine(string.Join("  ",
            cells.Select((cell, c) => columns[c].RightAligned ? cell.PadLeft(width[c]) : cell.PadRight(width[c]))).TrimEnd());
    }
}
