using GpuRisk.Books;
using Parquet;
using Parquet.Schema;

namespace GpuRisk.IO;

/// <summary>Writes a book in a form <see cref="BookReader"/> reads back to equal positions.</summary>
public static class BookWriter
{
    private static readonly DataField<string> IdField = new(BookColumns.Id);
    private static readonly DataField<string> UnderlyingField = new(BookColumns.Underlying);
    private static readonly DataField<string> KindField = new(BookColumns.Kind);
    private static readonly DataField<double?> StrikeField = new(BookColumns.Strike);
    private static readonly DateTimeDataField ExpiryField =
        new(BookColumns.Expiry, DateTimeFormat.DateAndTime, isAdjustedToUTC: true, isNullable: true);
    private static readonly DataField<double> QuantityField = new(BookColumns.Quantity);
    private static readonly DataField<double?> EntryPriceField = new(BookColumns.EntryPrice);

    /// <summary>
    /// Writes <paramref name="book"/> as Parquet to <paramref name="path"/>: strings for id,
    /// underlying and kind (lower case), doubles for numbers (null where empty), a UTC timestamp
    /// for expiry. The file is written under a temporary name and then renamed, so a crash never
    /// leaves a half-written book at <paramref name="path"/>.
    /// </summary>
    public static void WriteParquet(Book book, string path) =>
        GpuRisk.Output.AtomicFile.Write(path, stream => WriteParquet(book, stream));

    /// <summary>Writes <paramref name="book"/> as Parquet to <paramref name="stream"/> (left open), in the layout of <see cref="WriteParquet(Book, string)"/>.</summary>
    public static void WriteParquet(Book book, Stream stream) => WriteParquetAsync(book, stream).GetAwaiter().GetResult();

    private static async Task WriteParquetAsync(Book book, Stream stream)
    {
        var schema = new ParquetSchema(IdField, UnderlyingField, KindField, StrikeField, ExpiryField, QuantityField, EntryPriceField);
        IReadOnlyList<Position> p = book.Positions;
        await using ParquetWriter writer = await ParquetWriter.CreateAsync(schema, stream);
        using ParquetRowGroupWriter group = writer.CreateRowGroup();
        await group.WriteAsync(IdField, p.Select(x => x.Id).ToArray());
        await group.WriteAsync(UnderlyingField, p.Select(x => x.Underlying).ToArray());
        await group.WriteAsync(KindField, p.Select(x => x.Kind.ToString().ToLowerInvariant()).ToArray());
        await group.WriteAsync<double>(StrikeField, p.Select(x => x.IsOption ? x.Strike : (double?)null).ToArray());
        await group.WriteAsync<DateTime>(ExpiryField, p.Select(x => x.Expiry?.UtcDateTime).ToArray());
        await group.WriteAsync<double>(QuantityField, p.Select(x => x.QuantityCoins).ToArray());
        await group.WriteAsync<double>(EntryPriceField, p.Select(x => x.EntryPrice).ToArray());
    }
}
