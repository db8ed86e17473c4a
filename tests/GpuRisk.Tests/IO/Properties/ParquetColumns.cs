using System.Globalization;
using CsCheck;
using GpuRisk.IO;
using Parquet;
using Parquet.Schema;

namespace GpuRisk.Tests.IO.Properties;

/// <summary>
/// Parquet books whose columns have any Parquet type (or are missing), holding the rows of
/// <see cref="BadInputCases.ValidBookCsv"/> converted to that type: what another tool might export.
/// Written with Parquet.Net directly, not with the code under test.
/// </summary>
internal static class ParquetColumns
{
    /// <summary>The Parquet type of one column, or <see cref="Missing"/> to leave it out.</summary>
    public enum Kind { Text, Double, Float, Int, Long, Bool, Timestamp, Binary, Decimal, Missing }

    private static readonly Kind[] Kinds = Enum.GetValues<Kind>();

    /// <summary>The book's columns in writer order; each column's cells as the valid CSV has them (null: empty).</summary>
    private static readonly (string Name, string?[] Cells)[] Columns = ValidColumns();

    /// <summary>One kind per column, the column's natural type three times in four.</summary>
    public static Gen<Kind[]> Any { get; } = Gen.Select(
        KindOf(BookColumns.Id, Kind.Text), KindOf(BookColumns.Underlying, Kind.Text), KindOf(BookColumns.Kind, Kind.Text),
        KindOf(BookColumns.Strike, Kind.Double), KindOf(BookColumns.Expiry, Kind.Timestamp), KindOf(BookColumns.Quantity, Kind.Double),
        KindOf(BookColumns.EntryPrice, Kind.Double), (a, b, c, d, e, f, g) => new[] { a, b, c, d, e, f, g });

    /// <summary>The column types, for a failure message.</summary>
    public static string Print(Kind[] kinds) => string.Join(", ", Columns.Select((c, i) => $"{c.Name}: {kinds[i]}"));

    /// <summary>The file's bytes: every column that is not <see cref="Kind.Missing"/>, as its kind.</summary>
    public static byte[] Write(Kind[] kinds) => WriteAsync(kinds).GetAwaiter().GetResult();

    private static Gen<Kind> KindOf(string column, Kind natural) => Gen.Frequency((3, Gen.Const(natural)), (1, Gen.OneOf(Kinds)));

    private static async Task<byte[]> WriteAsync(Kind[] kinds)
    {
        int[] present = Enumerable.Range(0, Columns.Length).Where(i => kinds[i] != Kind.Missing).DefaultIfEmpty(0).ToArray();
        DataField[] fields = present.Select(i => Field(Columns[i].Name, kinds[i] == Kind.Missing ? Kind.Text : kinds[i])).ToArray();
        var stream = new MemoryStream();
        await using (ParquetWriter writer = await ParquetWriter.CreateAsync(new ParquetSchema(fields), stream))
        {
            using ParquetRowGroupWriter group = writer.CreateRowGroup();
            for (int f = 0; f < fields.Length; f++)
            {
                string?[] cells = Columns[present[f]].Cells;
                await (kinds[present[f]] switch
                {
                    Kind.Double => group.WriteAsync<double>(fields[f], cells.Select(c => Number(c)).ToArray()),
                    Kind.Float => group.WriteAsync<float>(fields[f], cells.Select(c => (float?)Number(c)).ToArray()),
                    Kind.Int => group.WriteAsync<int>(fields[f], cells.Select(c => (int?)Number(c)).ToArray()),
                    Kind.Long => group.WriteAsync<long>(fields[f], cells.Select(c => (long?)Number(c)).ToArray()),
                    Kind.Decimal => group.WriteAsync<decimal>(fields[f], cells.Select(c => (decimal?)Number(c)).ToArray()),
                    Kind.Bool => group.WriteAsync<bool>(fields[f], cells.Select(c => c is null ? (bool?)null : c.Length % 2 == 0).ToArray()),
                    Kind.Timestamp => group.WriteAsync<DateTime>(fields[f], cells.Select(Instant).ToArray()),
                    Kind.Binary => group.WriteAsync(fields[f], cells.Select(c => c is null ? [] : System.Text.Encoding.UTF8.GetBytes(c)).ToArray()),
                    _ => group.WriteAsync(fields[f], cells),
                });
            }
        }
        return stream.ToArray();
    }

    private static DataField Field(string name, Kind kind) => kind switch
    {
        Kind.Double => new DataField<double?>(name),
        Kind.Float => new DataField<float?>(name),
        Kind.Int => new DataField<int?>(name),
        Kind.Long => new DataField<long?>(name),
        Kind.Decimal => new DataField<decimal?>(name),
        Kind.Bool => new DataField<bool?>(name),
        Kind.Timestamp => new DateTimeDataField(name, DateTimeFormat.DateAndTime, isAdjustedToUTC: true, isNullable: true),
        Kind.Binary => new DataField<byte[]>(name),
        _ => new DataField<string>(name),
    };

    // A cell as a number: its value when it is one, else its length (text becomes some number, as a careless export would).
    private static double? Number(string? cell) => cell is null ? null
        : double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out double v) ? v : cell.Length;

    private static DateTime? Instant(string? cell) => cell is null ? null
        : DateTime.TryParse(cell, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out DateTime t) ? t
        : new DateTime(2026, 12, 25, 8, 0, 0, DateTimeKind.Utc).AddDays(cell.Length);

    private static (string, string?[])[] ValidColumns()
    {
        string[][] lines = BadInputCases.ValidBookCsv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split(',')).ToArray();
        return lines[0].Select((name, c) => (name, lines[1..].Select(l => l[c].Length == 0 ? null : l[c]).ToArray())).ToArray();
    }
}
