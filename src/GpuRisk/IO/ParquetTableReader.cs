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
/// or an ISO-8601 string column. Parquet.Net 6.1 returns timestamps with
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
            if (field is not DataField { IsArray: false })
            {
                throw new InputException(file, InputLocation.HeaderRow, field.Name,
                    "the column is nested or a list; book columns hold one value per row");
            }
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
