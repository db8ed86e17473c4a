using System.Text;
using GpuRisk.Books;
using GpuRisk.IO;
using GpuRisk.Markets;

namespace GpuRisk.Tests.IO;

public class BookReaderTests
{
    private const string BookFile = "book.csv";
    private static readonly DateTimeOffset Christmas = new(2026, 12, 25, 8, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset March = new(2027, 3, 26, 8, 0, 0, TimeSpan.Zero);

    /// <summary>The positions <see cref="BadInputCases.ValidBookCsv"/> holds, written out by hand.</summary>
    private static readonly Position[] Expected =
    [
        new("c1", "BTC", PositionKind.Call, 100000, Christmas, 1.5, null),
        new("p1", "BTC", PositionKind.Put, 90000, Christmas, -2, null),
        new("f1", "ETH", PositionKind.Future, double.NaN, March, 10, 3300),
        new("pp1", "BTC", PositionKind.Perp, double.NaN, null, -0.5, 94000),
        new("s1", "SOL", PositionKind.Spot, double.NaN, null, 100, null),
        new("c2", "ETH", PositionKind.Call, 3500, March, 5, null),
    ];

    private static Book ReadCsv(string text, string file = BookFile) =>
        BookReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(text)), file, BookFormat.Csv);

    private static MarketSnapshot ValidMarket() =>
        MarketReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(BadInputCases.ValidMarketJson)), "market.json");

    [Theory]
    [MemberData(nameof(BadInputCases.Books), MemberType = typeof(BadInputCases))]
    public void Bad_csv_book_names_file_row_and_field(string caseName, string csv, string row, string field, string problem)
    {
        _ = caseName;
        MarketSnapshot market = ValidMarket();
        InputAssert.Throws(() => BookValidation.CheckAgainst(ReadCsv(csv), market), BookFile, row, field, problem);
    }

    [Theory]
    [MemberData(nameof(BadInputCases.ParquetBooks), MemberType = typeof(BadInputCases))]
    public void Bad_parquet_book_names_file_row_and_field(string caseName, byte[] bytes, string row, string field, string problem)
    {
        _ = caseName;
        MarketSnapshot market = ValidMarket();
        InputAssert.Throws(
            () => BookValidation.CheckAgainst(BookReader.Read(new MemoryStream(bytes), "book.parquet", BookFormat.Parquet), market),
            "book.parquet", row, field, problem);
    }

    [Fact]
    public void Valid_csv_gives_the_positions_written_by_hand()
    {
        Book book = ReadCsv(BadInputCases.ValidBookCsv);
        Assert.Equal(Expected, book.Positions);
        Assert.Equal(BookFile, book.SourceFile);
        BookValidation.CheckAgainst(book, ValidMarket()); // no throw: the pair is valid
    }

    [Fact]
    public void Csv_column_order_quoting_crlf_bom_and_blank_lines_are_handled()
    {
        // RFC 4180: quoted cells may hold commas, doubled quotes and line breaks; CRLF line ends.
        string csv = "\uFEFFquantity,id,kind,underlying,expiry,strike\r\n"
            + "\r\n"
            + "  2 ,\"opt \"\"x\"\", 2\",Put,BTC,\"2026-12-25T08:00:00Z\",\"1e5\"\r\n"
            + "-1,\"multi\nline\",spot,ETH,,\r\n";
        Book book = ReadCsv(csv);
        Assert.Equal(
            [
                new Position("opt \"x\", 2", "BTC", PositionKind.Put, 100000, Christmas, 2, null),
                new Position("multi\nline", "ETH", PositionKind.Spot, double.NaN, null, -1, null),
            ],
            book.Positions);
    }

    [Fact]
    public void Csv_that_is_not_utf8_is_an_input_error()
    {
        byte[] latin1 = Encoding.Latin1.GetBytes(BadInputCases.ValidBookCsv.Replace("c1", "caf\u00e9"));
        InputAssert.Throws(() => BookReader.Read(new MemoryStream(latin1), BookFile, BookFormat.Csv), BookFile, "file", "format", "not UTF-8");
    }

    [Fact]
    public void Csv_without_entryPrice_column_reads()
    {
        Book book = ReadCsv("id,underlying,kind,strike,expiry,quantity\npp1,BTC,perp,,,3\n");
        Assert.Equal([new Position("pp1", "BTC", PositionKind.Perp, double.NaN, null, 3, null)], book.Positions);
    }

    [Fact]
    public void Expiry_with_fraction_or_zero_offset_is_the_same_instant()
    {
        Book book = ReadCsv(BadInputCases.BookHeader + "\n"
            + "a,BTC,call,1,2026-12-25T08:00:00.000Z,1,\n"
            + "b,BTC,call,1,2026-12-25T08:00:00+00:00,1,\n"
            + "c,BTC,call,1,2026-12-25T08:00Z,1,\n");
        Assert.All(book.Positions, p => Assert.Equal(Christmas, p.Expiry));
        Assert.All(book.Positions, p => Assert.Equal(TimeSpan.Zero, p.Expiry!.Value.Offset));
    }

    [Fact]
    public void Parquet_written_by_parquet_net_reads_to_the_same_positions_as_csv()
    {
        Book fromCsv = ReadCsv(BadInputCases.ValidBookCsv);
        Book stringExpiry = BookReader.Read(new MemoryStream(ParquetFixtures.Valid()), "book.parquet", BookFormat.Parquet);
        Book timestamps = BookReader.Read(new MemoryStream(ParquetFixtures.ValidWithTimestamps()), "book.parquet", BookFormat.Parquet);
        Assert.Equal(fromCsv.Positions, stringExpiry.Positions);
        Assert.Equal(fromCsv.Positions, timestamps.Positions);
    }

    [Fact]
    public void Parquet_from_BookWriter_round_trips_through_a_file()
    {
        Book fromCsv = ReadCsv(BadInputCases.ValidBookCsv);
        string dir = Directory.CreateTempSubdirectory("gpurisk-io-").FullName;
        try
        {
            string path = Path.Combine(dir, "book.PARQUET"); // the extension is matched in any case
            BookWriter.WriteParquet(fromCsv, path);
            Book back = BookReader.Read(path);
            Assert.Equal(fromCsv.Positions, back.Positions);
            Assert.Equal(path, back.SourceFile);
            Assert.Equal(["book.PARQUET"], Directory.GetFiles(dir).Select(Path.GetFileName)); // no temporary left behind
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void Read_by_path_picks_csv_by_extension()
    {
        string path = Path.Combine(Path.GetTempPath(), $"gpurisk-io-{Environment.ProcessId}-book.csv");
        File.WriteAllText(path, BadInputCases.ValidBookCsv);
        try
        {
            Assert.Equal(Expected, BookReader.Read(path).Positions);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Unknown_extension_is_an_input_error() =>
        InputAssert.Throws(() => BookReader.Read("positions.xlsx"), "positions.xlsx", "file", "format", "use .csv or .parquet");

    [Fact]
    public void Missing_file_is_an_input_error()
    {
        string path = Path.Combine(Path.GetTempPath(), "gpurisk-io-no-such-dir", "book.csv");
        InputAssert.Throws(() => BookReader.Read(path), path, "file", "path", "cannot open");
    }
}
