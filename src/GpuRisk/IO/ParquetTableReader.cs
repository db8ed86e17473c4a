using System.Globalization;
using Parquet.Schema;
using Parquet.Serialization;

namespace GpuRisk.IO;

/// <summary>
/// Reads a Parquet book into a <see cref="BookTable"/>, turning each value into the text a CSV
/// cell would hold so that one parser applies every rule to both formats.
/// </summary>
/// <remarks>
/// Numbers may be stored as any numeric column type (or as strings); they are written out with
/// the shortest text that round-trips, so no precision is lost. <c>expiry</c> may be a timestamp
/// or an ISO-8601 string column; id, underlying and kind are text. A column of any other type is an error about
/// the column. Parquet.Net 6.1 returns timestamps with
/// <see cref="DateTimeKind.Unspecified"/> (NOTES-ILGPU.md); Parquet timestamps are UTC instants,
/// so the kind is restored as UTC. Null values are missing cells.
/// </remarks>
internal static class ParquetTableReader
{
    /// <summary>Reads the whole of <paramref name="stream"/>.</summary>
    /// <exception cref="InputException">The bytes are not a readable Parquet file, or a column is not a scalar.</exception>
    public static BookTable Read(Stream stream, string file)
    {
        var result = Deserialize(stream, file);
        var columns = new List<string>();
        foreach (Field field in result.Schema.Fields)
        {
            if (field is not DataField { IsArray: false } data)
            {
                throw new InputException(file, InputLocation.HeaderRow, field.Name,
                    "the column is nested or a list; book columns hold one value per row");
            }
            CheckType(file, data);
            columns.Add(field.Name);
        }
        var rows = new List<string?[]>(result.Data.Count);
        foreach (Dictionary<string, object> values in result.Data)
        {
            var cells = new string?[columns.Count];
            for (int c = 0; c < columns.Count; c++)
            {
                cells[c] = values.TryGetValue(columns[c], out object? v) ? ToCell(v) : null;
            }
            rows.Add(cells);
        }
        return new BookTable(file, columns, rows);
    }

    private static DeserializationResult<Dictionary<string, object>> Deserialize(Stream stream, string file)
    {
        try
        {
            // The reader seeks to the footer, so a forward-only stream (e.g. some resource streams) is buffered first.
            Stream seekable = stream.CanSeek ? stream : Buffer(stream);
            return ParquetSerializer.DeserializeUntypedAsync(seekable).GetAwaiter().GetResult();
        }
        catch (Exception e)
        {
            // Parquet.Net reports a damaged file with many exception types (IOException for a bad
            // magic number, index errors for a corrupt footer), so everything it throws on this
            // boundary means "not a readable Parquet file".
            throw new InputException(file, InputLocation.FileRow, InputLocation.FormatField,
                $"not a readable Parquet file (truncated, damaged or another format): {e.Message}", e);
        }
    }

    // Parquet.Net 6 reports a UTF-8 string column's type as ReadOnlyMemory<char> when it reads a schema.
    private static readonly Type[] TextTypes = [typeof(string), typeof(ReadOnlyMemory<char>)];

    private static readonly Type[] NumberTypes =
    [
        typeof(double), typeof(float), typeof(decimal), typeof(long), typeof(int), typeof(short), typeof(sbyte),
        typeof(ulong), typeof(uint), typeof(ushort), typeof(byte), .. TextTypes,
    ];

    private static readonly Type[] InstantTypes = [typeof(DateTime), typeof(DateTimeOffset), .. TextTypes];

    /// <summary>
    /// A book column of a type its values cannot be read from (a binary or boolean quantity, a numeric kind) is an
    /// error about the column, not a confusing one about its first cell. Unknown columns are left to the header check.
    /// </summary>
    private static void CheckType(string file, DataField field)
    {
        (Type[]? allowed, string what) = field.Name switch
        {
            BookColumns.Strike or BookColumns.Quantity or BookColumns.EntryPrice => (NumberTypes, "numbers (or text holding numbers)"),
            BookColumns.Expiry => (InstantTypes, "timestamps or ISO-8601 text"),
            BookColumns.Id or BookColumns.Underlying or BookColumns.Kind => (TextTypes, "text"),
            _ => (null, ""),
        };
        if (allowed is not null && !allowed.Contains(field.ClrType))
        {
            throw new InputException(file, InputLocation.HeaderRow, field.Name,
                $"the column holds {field.ClrType.Name} values; {field.Name} takes {what}");
        }
    }

    private static MemoryStream Buffer(Stream stream)
    {
        var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        buffer.Position = 0;
        return buffer;
    }

    private static string? ToCell(object? value) => value switch
    {
        null => null,
        string s => s.Trim().Length == 0 ? null : s.Trim(),
        DateTime t => IsoInstant.Format(new DateTimeOffset(DateTime.SpecifyKind(t, DateTimeKind.Utc))),
        DateTimeOffset t => IsoInstant.Format(t),
        // float and double print their shortest round-trip text; integers and decimals print exactly.
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
