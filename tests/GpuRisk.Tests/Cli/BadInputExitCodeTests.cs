using GpuRisk.Tests.IO;

namespace GpuRisk.Tests.Cli;

/// <summary>
/// Every bad-input rule, run through <c>gpurisk price</c> as a user would: exit code 2 and one message
/// that names the file, the row and the field.
/// </summary>
public sealed class BadInputExitCodeTests
{
    [Theory]
    [MemberData(nameof(BadInputCases.Books), MemberType = typeof(BadInputCases))]
    public void Bad_book(string caseName, string bookCsv, string row, string field, string problem)
    {
        using var dir = new TempFolder();
        string book = dir.File("book.csv", bookCsv);
        string market = dir.File("market.json", BadInputCases.ValidMarketJson);
        AssertBadInput(caseName, CliRunner.Run("price", "--book", book, "--market", market), book, row, field, problem);
    }

    [Theory]
    [MemberData(nameof(BadInputCases.ParquetBooks), MemberType = typeof(BadInputCases))]
    public void Bad_parquet_book(string caseName, byte[] bookBytes, string row, string field, string problem)
    {
        using var dir = new TempFolder();
        string book = dir["book.parquet"];
        File.WriteAllBytes(book, bookBytes);
        string market = dir.File("market.json", BadInputCases.ValidMarketJson);
        AssertBadInput(caseName, CliRunner.Run("price", "--book", book, "--market", market), book, row, field, problem);
    }

    [Theory]
    [MemberData(nameof(BadInputCases.Markets), MemberType = typeof(BadInputCases))]
    public void Bad_market(string caseName, string marketJson, string row, string field, string problem)
    {
        using var dir = new TempFolder();
        string book = dir.File("book.csv", BadInputCases.ValidBookCsv);
        string market = dir.File("market.json", marketJson);
        AssertBadInput(caseName, CliRunner.Run("price", "--book", book, "--market", market), market, row, field, problem);
    }

    private static void AssertBadInput(string caseName, CliRunner.Result result, string file, string row, string field, string problem)
    {
        Assert.True(result.ExitCode == 2, $"{caseName}: exit {result.ExitCode}, stderr: {result.Stderr}");
        string message = result.Stderr.Trim();
        Assert.Single(message.Split('\n'));
        Assert.Contains(file, message);
        Assert.Contains($"row {row}", message);
        Assert.Contains($"'{field}'", message);
        Assert.Contains(problem, message);
    }
}
