using GpuRisk.Books;

namespace GpuRisk.IO;

/// <summary>
/// Loads and validates a book (DESIGN.md, "Book: CSV or Parquet"): columns id, underlying, kind,
/// strike, expiry, quantity and the optional entryPrice, one row per position.
/// </summary>
/// <remarks>
/// Rules checked here (the first broken one is raised): every required column present and no
/// unknown or repeated column (names are case-sensitive, so a typo cannot silently drop a
/// column); at least one row; id non-empty and unique; underlying non-empty; kind one of call,
/// put, future, perp, spot (any case); strike finite &gt; 0 for calls and puts and empty
/// otherwise; expiry an ISO-8601 UTC instant for calls, puts and futures and empty otherwise;
/// quantity finite and non-zero; entryPrice, when given, finite &gt; 0 and only on futures and
/// perps. Numbers use the invariant culture (decimal point, optional exponent); NaN and
/// Infinity are errors. Rules that need the market (the underlying exists, expiry after the
/// valuation time) are in <see cref="BookValidation.CheckAgainst"/>.
/// <para>
/// Errors are <see cref="InputException"/>s whose <c>Row</c> is the 1-based data row (the header
/// is not counted), <see cref="InputLocation.HeaderRow"/> for header problems or
/// <see cref="InputLocation.FileRow"/> for whole-file problems, and whose <c>Field</c> is the column.
/// </para>
/// </remarks>
public static class BookReader
{
    /// <summary>Reads the book at <paramref name="path"/>; the format follows the extension (.csv or .parquet, any case).</summary>
    /// <exception cref="InputException">The file cannot be opened, has another extension, or breaks a rule.</exception>
    public static Book Read(string path)
    {
        BookFormat format = FormatOf(path);
        using Stream stream = InputFile.FromPath(path).OpenRead();
        return Read(stream, path, format);
    }

    /// <summary>The book format a file name's extension (.csv or .parquet, any case) says.</summary>
    /// <exception cref="InputException">Any other extension.</exception>
    public static BookFormat FormatOf(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".csv" => BookFormat.Csv,
        ".parquet" => BookFormat.Parquet,
        var other => throw new InputException(path, InputLocation.FileRow, InputLocation.FormatField,
            $"unknown book file extension '{other}'; use .csv or .parquet"),
    };

    /// <summary>Reads a book from <paramref name="stream"/> (an embedded resource, say).</summary>
    /// <param name="stream">The file's bytes; read to the end, not disposed.</param>
    /// <param name="displayName">What messages and <see cref="Book.SourceFile"/> call the file.</param>
    /// <param name="format">How the bytes are encoded.</param>
    /// <exception cref="InputException">The bytes are not the format given, or break a rule.</exception>
    public static Book Read(Stream stream, string displayName, BookFormat format)
    {
        BookTable table = format switch
        {
            BookFormat.Csv => CsvTableReader.Read(stream, displayName),
            BookFormat.Parquet => ParquetTableReader.Read(stream, displayName),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "unknown book format"),
        };
        return BookRowParser.Parse(table);
    }
}
