namespace GpuRisk.IO;

/// <summary>
/// The book's columns (DESIGN.md, "Book"), and the row and field names that messages use for
/// problems that are not about one cell.
/// </summary>
public static class BookColumns
{
    /// <summary>Position identifier.</summary>
    public const string Id = "id";
    /// <summary>Underlying name.</summary>
    public const string Underlying = "underlying";
    /// <summary>call, put, future, perp or spot.</summary>
    public const string Kind = "kind";
    /// <summary>Strike in USD.</summary>
    public const string Strike = "strike";
    /// <summary>Expiry instant, ISO-8601 UTC.</summary>
    public const string Expiry = "expiry";
    /// <summary>Signed quantity in coins.</summary>
    public const string Quantity = "quantity";
    /// <summary>Entry price in USD (optional column).</summary>
    public const string EntryPrice = "entryPrice";

    /// <summary>Row name for problems with the header (missing, unknown or repeated columns).</summary>
    public const string HeaderRow = "header";
    /// <summary>Row name for problems with the whole file (unreadable, wrong format, no rows).</summary>
    public const string FileRow = "file";
    /// <summary>Field name for a file that cannot be opened (missing, a folder, no permission).</summary>
    public const string PathField = "path";
    /// <summary>Field name for a file that cannot be read as the format it claims, or an unknown extension.</summary>
    public const string FormatField = "format";
    /// <summary>Field name for a book with no positions.</summary>
    public const string RowsField = "rows";
    /// <summary>Field name for a CSV row whose number of cells differs from the header's.</summary>
    public const string CellsField = "cells";

    /// <summary>Every column, in the order writers use.</summary>
    public static IReadOnlyList<string> All { get; } = [Id, Underlying, Kind, Strike, Expiry, Quantity, EntryPrice];

    /// <summary>The columns a book must have (cells may still be empty where the kind allows).</summary>
    public static IReadOnlyList<string> Required { get; } = [Id, Underlying, Kind, Strike, Expiry, Quantity];
}
