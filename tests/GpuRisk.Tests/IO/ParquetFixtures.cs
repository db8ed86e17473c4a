using Parquet;
using Parquet.Schema;

namespace GpuRisk.Tests.IO;

/// <summary>
/// Parquet books written with Parquet.Net's column API directly (not with <c>BookWriter</c>), so
/// the reader is tested against files the code under test did not produce. The rows are those of
/// <see cref="BadInputCases.ValidBookCsv"/>.
/// </summary>
internal static class ParquetFixtures
{
    private static readonly string[] Ids = ["c1", "p1", "f1", "pp1", "s1", "c2"];
    private static readonly string[] Underlyings = ["BTC", "BTC", "ETH", "BTC", "SOL", "ETH"];
    private static readonly string[] Kinds = ["call", "put", "future", "perp", "spot", "CALL"];
    private static readonly double?[] Strikes = [100000, 90000, null, null, null, 3500];
    private static readonly string?[] ExpiryTexts =
        ["2026-12-25T08:00:00Z", "2026-12-25T08:00:00Z", "2027-03-26T08:00:00Z", null, null, "2027-03-26T08:00:00Z"];
    private static readonly double[] Quantities = [1.5, -2, 10, -0.5, 100, 5];
    private static readonly double?[] EntryPrices = [null, null, 3300, 94000, null, null];

    /// <summary>The valid book with expiry as an ISO-8601 string column and numbers as doubles.</summary>
    public static byte[] Valid() => Write(
        [new DataField<string>("id"), new DataField<string>("underlying"), new DataField<string>("kind"),
         new DataField<double?>("strike"), new DataField<string>("expiry"), new DataField<double>("quantity"),
         new DataField<double?>("entryPrice")],
        [[Ids, Underlyings, Kinds, Strikes, ExpiryTexts, Quantities, EntryPrices]]);

    /// <summary>
    /// The valid book with expiry as a timestamp column not flagged as UTC (read back with
    /// <see cref="DateTimeKind.Unspecified"/>), quantity as float, and the columns in another order.
    /// </summary>
    public static byte[] ValidWithTimestamps()
    {
        DateTime?[] expiries = ExpiryTexts
            .Select(t => t is null ? (DateTime?)null : DateTime.SpecifyKind(DateTime.Parse(t, System.Globalization.CultureInfo.InvariantCulture,
                System.Globalization.DateTimeStyles.AdjustToUniversal), DateTimeKind.Unspecified))
            .ToArray();
        float[] quantities = Quantities.Select(q => (float)q).ToArray();
        return Write(
            [new DataField<float>("quantity"), new DateTimeDataField("expiry", DateTimeFormat.DateAndTime, isAdjustedToUTC: false, isNullable: true),
             new DataField<string>("kind"), new DataField<string>("id"), new DataField<double?>("entryPrice"),
             new DataField<string>("underlying"), new DataField<double?>("strike")],
            [[quantities, expiries, Kinds, Ids, EntryPrices, Underlyings, Strikes]]);
    }

    /// <summary>Every column, no rows.</summary>
    public static byte[] Empty() => Write(
        [new DataField<string>("id"), new DataField<string>("underlying"), new DataField<string>("kind"),
         new DataField<double?>("strike"), new DataField<string>("expiry"), new DataField<double>("quantity")],
        []);

    /// <summary>The valid rows without the quantity column.</summary>
    public static byte[] WithoutQuantity() => Write(
        [new DataField<string>("id"), new DataField<string>("underlying"), new DataField<string>("kind"),
         new DataField<double?>("strike"), new DataField<string>("expiry")],
        [[Ids, Underlyings, Kinds, Strikes, ExpiryTexts]]);

    /// <summary>Two row groups of two rows; the first row of the second group (data row 3) has strike -1.</summary>
    public static byte[] TwoGroupsBadThirdRow()
    {
        DataField[] fields =
        [
            new DataField<string>("id"), new DataField<string>("underlying"), new DataField<string>("kind"),
            new DataField<double?>("strike"), new DataField<string>("expiry"), new DataField<double>("quantity"),
        ];
        string[] expiry = ["2026-12-25T08:00:00Z", "2026-12-25T08:00:00Z"];
        return Write(fields,
        [
            [new[] { "a", "b" }, new[] { "BTC", "BTC" }, new[] { "call", "put" }, new double?[] { 1e5, 9e4 }, expiry, new[] { 1.0, 1.0 }],
            [new[] { "c", "d" }, new[] { "BTC", "BTC" }, new[] { "call", "put" }, new double?[] { -1, 9e4 }, expiry, new[] { 1.0, 1.0 }],
        ]);
    }

    /// <summary>Writes <paramref name="groups"/> (per group, one array per field) under <paramref name="fields"/>.</summary>
    private static byte[] Write(DataField[] fields, object[][] groups)
    {
        return WriteAsync().GetAwaiter().GetResult();

        async Task<byte[]> WriteAsync()
        {
            var stream = new MemoryStream();
            await using (ParquetWriter writer = await ParquetWriter.CreateAsync(new ParquetSchema(fields), stream))
            {
                foreach (object[] columns in groups)
                {
                    using ParquetRowGroupWriter group = writer.CreateRowGroup();
                    for (int c = 0; c < fields.Length; c++)
                    {
                        Task write = columns[c] switch
                        {
                            string?[] s => group.WriteAsync(fields[c], s!),
                            double?[] d => group.WriteAsync<double>(fields[c], d),
                            double[] d => group.WriteAsync<double>(fields[c], d),
                            float[] f => group.WriteAsync<float>(fields[c], f),
                            DateTime?[] t => group.WriteAsync<DateTime>(fields[c], t),
                            var other => throw new ArgumentException($"no writer for {other.GetType()}"),
                        };
                        await write;
                    }
                }
            }
            return stream.ToArray();
        }
    }
}
