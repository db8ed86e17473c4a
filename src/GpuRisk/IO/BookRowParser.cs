using System.Globalization;
using GpuRisk.Books;

namespace GpuRisk.IO;

/// <summary>
/// Applies DESIGN.md's book rules to a <see cref="BookTable"/> and builds the <see cref="Book"/>.
/// The first broken rule is raised as an <see cref="InputException"/> naming the file, the
/// 1-based data row and the column.
/// </summary>
internal static class BookRowParser
{
    /// <summary>Validates the header and every row of <paramref name="table"/>.</summary>
    /// <exception cref="InputException">A column is missing, unknown or repeated; the book is empty; or a cell breaks a rule.</exception>
    public static Book Parse(BookTable table)
    {
        CheckHeader(table);
        if (table.Rows.Count == 0)
        {
            throw new InputException(table.File, InputLocation.FileRow, InputLocation.RowsField, "the book has no positions");
        }
        var firstRowOfId = new Dictionary<string, int>(StringComparer.Ordinal);
        var positions = new List<Position>(table.Rows.Count);
        for (int r = 0; r < table.Rows.Count; r++)
        {
            var row = new Row(table, r + 1);
            Position p = ParseRow(row);
            if (!firstRowOfId.TryAdd(p.Id, row.DataRow))
            {
                throw row.Error(BookColumns.Id, $"id '{p.Id}' is already used in row {firstRowOfId[p.Id]}");
            }
            positions.Add(p);
        }
        return new Book(positions, table.File);
    }

    private static void CheckHeader(BookTable table)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (int c = 0; c < table.Columns.Count; c++)
        {
            string name = table.Columns[c];
            if (name.Length == 0)
            {
                throw new InputException(table.File, InputLocation.HeaderRow, $"(column {c + 1})", "the column has no name");
            }
            if (!BookColumns.All.Contains(name))
            {
                throw new InputException(table.File, InputLocation.HeaderRow, name,
                    $"unknown column '{name}'; the columns are {string.Join(", ", BookColumns.All)} (names are case-sensitive)");
            }
            if (!seen.Add(name))
            {
                throw new InputException(table.File, InputLocation.HeaderRow, name, $"column '{name}' appears twice");
            }
        }
        foreach (string required in BookColumns.Required)
        {
            if (!seen.Contains(required))
            {
                throw new InputException(table.File, InputLocation.HeaderRow, required, $"required column '{required}' is missing");
            }
        }
    }

    private static Position ParseRow(Row row)
    {
        string id = row.Required(BookColumns.Id);
        string underlying = row.Required(BookColumns.Underlying);
        PositionKind kind = ParseKind(row);
        bool isOption = kind is PositionKind.Call or PositionKind.Put;
        bool isDated = isOption || kind == PositionKind.Future;
        string kindName = NameOf(kind);

        double strike = double.NaN;
        if (isOption)
        {
            strike = row.Number(BookColumns.Strike, NumberRule.Positive);
        }
        else
        {
            row.Empty(BookColumns.Strike, $"must be empty for a {kindName} (only calls and puts have a strike)");
        }

        DateTimeOffset? expiry = null;
        if (isDated)
        {
            string text = row.Required(BookColumns.Expiry);
            if (!IsoInstant.TryParse(text, out DateTimeOffset instant, out string problem))
            {
                throw row.Error(BookColumns.Expiry, problem);
            }
            expiry = instant;
        }
        else
        {
            row.Empty(BookColumns.Expiry, $"must be empty for a {kindName} (it never expires)");
        }

        double quantity = row.Number(BookColumns.Quantity, NumberRule.Finite);
        if (quantity == 0)
        {
            throw row.Error(BookColumns.Quantity, "must be non-zero (signed coins: + long, - short)");
        }

        double? entryPrice = null;
        if (row.Cell(BookColumns.EntryPrice) is not null)
        {
            if (kind is not (PositionKind.Future or PositionKind.Perp))
            {
                throw row.Error(BookColumns.EntryPrice, $"must be empty for a {kindName} (only futures and perps have an entry price)");
            }
            entryPrice = row.Number(BookColumns.EntryPrice, NumberRule.Positive);
        }
        return new Position(id, underlying, kind, strike, expiry, quantity, entryPrice);
    }

    private static PositionKind ParseKind(Row row)
    {
        string text = row.Required(BookColumns.Kind);
        // An explicit table rather than Enum.TryParse, which would also accept "1" or "Call, Put".
        return text.ToLowerInvariant() switch
        {
            "call" => PositionKind.Call,
            "put" => PositionKind.Put,
            "future" => PositionKind.Future,
            "perp" => PositionKind.Perp,
            "spot" => PositionKind.Spot,
            _ => throw row.Error(BookColumns.Kind, $"'{text}' is not a kind; use call, put, future, perp or spot"),
        };
    }

    private static string NameOf(PositionKind kind) => kind.ToString().ToLowerInvariant();

    /// <summary>One data row: reads cells by column name and makes errors that name the row.</summary>
    private readonly struct Row(BookTable table, int number)
    {
        public int DataRow => number;

        public string? Cell(string column)
        {
            int c = IndexOf(column);
            return c < 0 ? null : table.Rows[number - 1][c];
        }

        public string Required(string column) =>
            Cell(column) ?? throw Error(column, "is empty; a value is required");

        public void Empty(string column, string problem)
        {
            if (Cell(column) is { } text) throw Error(column, $"'{text}' given, but the cell {problem}");
        }

        public double Number(string column, NumberRule rule)
        {
            string text = Required(column);
            if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value))
            {
                throw Error(column, $"'{text}' is not a number (use a decimal point and no thousands separators)");
            }
            return rule.Check(value, text) is { } problem ? throw Error(column, problem) : value;
        }

        public InputException Error(string column, string problem) =>
            new(table.File, number.ToString(CultureInfo.InvariantCulture), column, problem);

        private int IndexOf(string column)
        {
            for (int c = 0; c < table.Columns.Count; c++)
            {
                if (table.Columns[c] == column) return c;
            }
            return -1;
        }
    }
}
