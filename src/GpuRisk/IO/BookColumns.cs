namespace GpuRisk.IO;

/// <summary>
/// The book's columns (DESIGN.md, "Book"); <see cref="InputLocation"/> has the row and field
/// names for problems that are not about one cell.
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

    /// <summary>Every column, in the order writers use.</summary>
    public static IReadOnlyList<string> All { get; } = [Id, Underlying, Kind, Strike, Expiry, Quantity, EntryPrice];

    /// <summary>The columns a book must have (cells may still be empty where the kind allows).</summary>
    public static IReadOnlyList<string> Required { get; } = [Id, Underlying, Kind, Strike, Expiry, Quantity];
}
