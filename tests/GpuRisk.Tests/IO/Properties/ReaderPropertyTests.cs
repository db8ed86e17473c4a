using System.Text;
using CsCheck;
using GpuRisk.Books;
using GpuRisk.Config;
using GpuRisk.IO;
using GpuRisk.Markets;
using GpuRisk.Pricing.Analytic;
using Parquet;
using Parquet.Schema;

namespace GpuRisk.Tests.IO.Properties;

/// <summary>
/// Random hostile edits of valid input files (CsCheck generators, fixed seeds): every reader either loads the
/// result or throws an <see cref="InputException"/> that names the file, a row and a field (exit code 2 through
/// the command line). Never another exception, never a hang. Loaded books and markets are also priced, so a value
/// a reader lets through cannot crash what comes after it.
/// </summary>
public sealed class ReaderPropertyTests
{
    private const string Book = "book.csv", ParquetBook = "book.parquet", MarketFile = "market.json", ConfigFile = "nightly.json";

    private static readonly MarketSnapshot ValidMarket =
        MarketReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(BadInputCases.ValidMarketJson)), MarketFile);

    private static readonly Book ValidBook =
        BookReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(BadInputCases.ValidBookCsv)), Book, BookFormat.Csv);

    /// <summary>A config with every field, so edits can reach each one.</summary>
    private const string ValidConfig = """
        { "book": "book.csv", "market": "market.json", "out": "out/nightly", "device": "cpu", "precision": "double",
          "seed": 7, "paths": 1000, "stepsPerDay": 2,
          "stressGrid": { "spot": [-0.1, 0, 0.1], "vol": [-0.2, 0, 0.3], "extended": [0.5], "power": [0.3, 0.13], "dteFloorDays": 1 } }
        """;

    [Fact]
    public void Edited_csv_books_load_or_name_file_row_and_field() =>
        Property.ForAll(Mutation.Several(Mutation.OfCsv), seed: 1, count: 300, edits => LoadsOrNames(Book, () =>
        {
            byte[] bytes = Mutation.ApplyAll(Encoding.UTF8.GetBytes(BadInputCases.ValidBookCsv), edits);
            Price(BookReader.Read(new MemoryStream(bytes), Book, BookFormat.Csv), ValidMarket);
        }), Mutation.Print);

    [Fact]
    public void Edited_parquet_books_load_or_name_file_row_and_field()
    {
        byte[] valid = ParquetFixtures.Valid();
        Property.ForAll(Mutation.Several(Mutation.OfBytes), seed: 2, count: 150, edits => LoadsOrNames(ParquetBook, () =>
            Price(BookReader.Read(new MemoryStream(Mutation.ApplyAll(valid, edits)), ParquetBook, BookFormat.Parquet), ValidMarket)),
            Mutation.Print);
    }

    [Fact]
    public void Parquet_columns_of_any_type_load_or_name_the_column() =>
        Property.ForAll(ParquetColumns.Any, seed: 3, count: 60, columns => LoadsOrNames(ParquetBook, () =>
            Price(BookReader.Read(new MemoryStream(ParquetColumns.Write(columns)), ParquetBook, BookFormat.Parquet), ValidMarket)),
            ParquetColumns.Print);

    [Fact]
    public void Edited_markets_load_or_name_file_path_and_field() =>
        Property.ForAll(Mutation.Several(Mutation.OfJson), seed: 4, count: 300, edits => LoadsOrNames(MarketFile, () =>
        {
            byte[] bytes = Mutation.ApplyAll(Encoding.UTF8.GetBytes(BadInputCases.ValidMarketJson), edits);
            Price(ValidBook, MarketReader.Read(new MemoryStream(bytes), MarketFile));
        }, alsoNamed: Book), Mutation.Print);

    [Fact]
    public void Edited_configs_load_or_name_file_path_and_field() =>
        Property.ForAll(Mutation.Several(Mutation.OfJson), seed: 5, count: 300, edits => LoadsOrNames(ConfigFile, () =>
        {
            RunConfig c = RunConfigReader.Read(new InputFile(ConfigFile, Mutation.ApplyAll(Encoding.UTF8.GetBytes(ValidConfig), edits)));
            _ = c.MonteCarlo; // the settings the engine gets must be buildable from whatever was accepted
        }), Mutation.Print);

    /// <summary>Checks a book against a market and prices it, as <c>gpurisk price</c> does.</summary>
    private static void Price(Book book, MarketSnapshot market)
    {
        BookValidation.CheckAgainst(book, market);
        new AnalyticBookPricer().Price(book, market);
    }

    /// <summary>
    /// Runs <paramref name="load"/>: it succeeds, or fails with an <see cref="InputException"/> naming
    /// <paramref name="file"/> (or <paramref name="alsoNamed"/>: a market can make a valid book's row invalid, e.g.
    /// by moving the valuation time past its expiries).
    /// </summary>
    private static void LoadsOrNames(string file, Action load, string? alsoNamed = null)
    {
        try
        {
            load();
        }
        catch (InputException e)
        {
            Assert.True(e.File == file || e.File == alsoNamed, $"the error names {e.File}: {e.Message}");
            Assert.False(string.IsNullOrWhiteSpace(e.Row), "the error names no row");
            Assert.False(string.IsNullOrWhiteSpace(e.Field), "the error names no field");
            Assert.StartsWith($"{e.File}: row {e.Row}, field '{e.Field}': ", e.Message);
        }
    }
}
