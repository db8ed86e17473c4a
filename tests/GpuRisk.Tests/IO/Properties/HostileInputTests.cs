using System.Text;
using GpuRisk.Tests.Cli;

namespace GpuRisk.Tests.IO.Properties;

/// <summary>
/// Hostile files named one by one, through <c>gpurisk price</c> as a user runs it: each loads (exit 0) or is bad
/// input (exit 2) with one message naming the file and the field; never a crash (exit 1) or a hang.
/// </summary>
public sealed class HostileInputTests
{
    private const string Header = "id,underlying,kind,strike,expiry,quantity\n";
    private const string Call = "c1,BTC,call,100000,2026-12-25T08:00:00Z,1.5\n";

    public static TheoryData<string, string, string, int, string> Books { get; } = new()
    {
        // name, file name, content, exit code, field named (for exit 2)
        { "BOM and CRLF", "book.csv", "\uFEFF" + (Header + Call).Replace("\n", "\r\n"), 0, "" },
        { "empty", "book.csv", "", 2, "rows" },
        { "offset +00:00", "book.csv", Header + Call.Replace("Z,", "+00:00,"), 0, "" },
        { "offset -00:00", "book.csv", Header + Call.Replace("Z,", "-00:00,"), 0, "" },
        { "lower-case z", "book.csv", Header + Call.Replace("Z,", "z,"), 0, "" },
        { "offset +05:30", "book.csv", Header + Call.Replace("Z,", "+05:30,"), 2, "expiry" },
        { "offset without colon", "book.csv", Header + Call.Replace("Z,", "+0000,"), 2, "expiry" },
        { "infinite quantity", "book.csv", Header + Call.Replace(",1.5", ",1e400"), 2, "quantity" },
        { "subnormal quantity", "book.csv", Header + Call.Replace(",1.5", ",5e-324"), 2, "quantity" },
        { "subnormal strike", "book.csv", Header + Call.Replace("100000", "5e-324"), 2, "strike" },
        { "tiny strike", "book.csv", Header + Call.Replace("100000", "1e-300"), 0, "" },
        { "huge strike", "book.csv", Header + Call.Replace("100000", "1e308"), 0, "" },
        { "expiry in year 9999", "book.csv", Header + Call.Replace("2026-12-25", "9999-12-31"), 0, "" },
        { "garbage Parquet", "book.parquet", "PAR1" + new string('\u0007', 300) + "PAR1", 2, "format" },
    };

    public static TheoryData<string, string, int, string> Markets { get; } = new()
    {
        { "BOM and CRLF", "\uFEFF" + BadInputCases.ValidMarketJson.Replace("\n", "\r\n"), 0, "" },
        { "empty", "", 2, "json" },
        { "NaN literal", BadInputCases.ValidMarketJson.Replace("\"vol\": 0.75", "\"vol\": NaN"), 2, "json" },
        { "Infinity literal", BadInputCases.ValidMarketJson.Replace("\"rate\": 0.04", "\"rate\": Infinity"), 2, "json" },
        { "infinite rate", BadInputCases.ValidMarketJson.Replace("\"rate\": 0.04", "\"rate\": -1e400"), 2, "rate" },
        { "subnormal vol", BadInputCases.ValidMarketJson.Replace("\"vol\": 0.75", "\"vol\": 5e-324"), 2, "vol" },
        { "subnormal spot", BadInputCases.ValidMarketJson.Replace("\"spot\": 3400", "\"spot\": 5e-324"), 2, "spot" },
        { "subnormal theta", BadInputCases.ValidMarketJson.Replace("\"theta\": 0.7", "\"theta\": 5e-324"), 2, "theta" },
        { "tiny spot", BadInputCases.ValidMarketJson.Replace("\"spot\": 3400", "\"spot\": 1e-300"), 0, "" },
        { "duplicate key", BadInputCases.ValidMarketJson.Replace("\"rate\": 0.04,", "\"rate\": 0.04, \"rate\": 0.04,"), 2, "rate" },
        { "deep nesting", "{\"rate\": " + new string('[', 5000) + new string(']', 5000) + "}", 2, "json" },
        { "lone surrogate", BadInputCases.ValidMarketJson.Replace("\"initial\": \"normal\"", "\"initial\": \"\\ud800\""), 2, "json" },
        { "empty property name", BadInputCases.ValidMarketJson.Replace("\"rate\": 0.04,", "\"rate\": 0.04, \"\": 1,"), 2, "(empty name)" },
        { "valuation time offset +01:00", BadInputCases.ValidMarketJson.Replace("08:00:00Z\",", "09:00:00+01:00\","), 2, "valuationTime" },
    };

    [Theory]
    [MemberData(nameof(Books))]
    public void Hostile_books(string name, string fileName, string content, int exitCode, string field)
    {
        using var dir = new TempFolder();
        string book = dir[fileName];
        File.WriteAllBytes(book, Encoding.UTF8.GetBytes(content));
        string market = dir.File("market.json", BadInputCases.ValidMarketJson);
        Check(name, CliRunner.Run("price", "--book", book, "--market", market), book, exitCode, field);
    }

    [Theory]
    [MemberData(nameof(Markets))]
    public void Hostile_markets(string name, string content, int exitCode, string field)
    {
        using var dir = new TempFolder();
        string market = dir["market.json"];
        File.WriteAllBytes(market, Encoding.UTF8.GetBytes(content));
        string book = dir.File("book.csv", BadInputCases.ValidBookCsv);
        Check(name, CliRunner.Run("price", "--book", book, "--market", market), market, exitCode, field);
    }

    [Fact]
    public void A_parquet_column_of_the_wrong_type_names_the_column()
    {
        using var dir = new TempFolder();
        string book = dir["book.parquet"];
        // quantity written as booleans: no number can be read from it.
        File.WriteAllBytes(book, ParquetColumns.Write([ParquetColumns.Kind.Text, ParquetColumns.Kind.Text, ParquetColumns.Kind.Text,
            ParquetColumns.Kind.Double, ParquetColumns.Kind.Timestamp, ParquetColumns.Kind.Bool, ParquetColumns.Kind.Double]));
        var result = CliRunner.Run("price", "--book", book, "--market", dir.File("market.json", BadInputCases.ValidMarketJson));
        Check("boolean quantity", result, book, 2, "quantity");
        Assert.Contains("holds Boolean values", result.Stderr);
    }

    [Theory]
    [InlineData("--book")]
    [InlineData("--market")]
    public void A_folder_or_a_missing_file_given_as_input_is_bad_input_naming_the_option(string option)
    {
        using var dir = new TempFolder();
        string book = dir.File("book.csv", BadInputCases.ValidBookCsv), market = dir.File("market.json", BadInputCases.ValidMarketJson);
        foreach (string given in new[] { dir.Path, dir["missing"] })
        {
            string[] args = option == "--book" ? ["price", "--book", given, "--market", market] : ["price", "--book", book, "--market", given];
            var result = CliRunner.Run(args);
            Assert.True(result.ExitCode == 2, $"{given}: exit {result.ExitCode}: {result.Stderr}");
            Assert.Contains(option, result.Stderr);
            Assert.Contains(given, result.Stderr);
        }
    }

    private static void Check(string name, CliRunner.Result result, string file, int exitCode, string field)
    {
        Assert.True(result.ExitCode == exitCode, $"{name}: exit {result.ExitCode}, stderr: {result.Stderr}");
        if (exitCode == 0)
        {
            Assert.DoesNotContain("NaN", result.Stdout);
            return;
        }
        string message = Assert.Single(result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"error: {file}: row ", message);
        Assert.Contains($"field '{field}'", message);
    }
}
