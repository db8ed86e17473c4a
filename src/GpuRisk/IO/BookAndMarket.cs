using GpuRisk.Books;
using GpuRisk.Markets;

namespace GpuRisk.IO;

/// <summary>A book and the market it is valued on, each validated alone and against the other.</summary>
/// <param name="Book">The validated book.</param>
/// <param name="Market">The validated market.</param>
/// <param name="Files">The files they were read from (book first), for the run manifest.</param>
public sealed record BookAndMarket(Book Book, MarketSnapshot Market, IReadOnlyList<InputFile> Files)
{
    /// <summary>
    /// Parses both files and checks the book against the market (known underlyings, expiries after the
    /// valuation time). The book's format follows its extension (.csv or .parquet).
    /// </summary>
    public static BookAndMarket Load(InputFile bookFile, InputFile marketFile)
    {
        MarketSnapshot market;
        using (Stream s = marketFile.OpenRead()) market = MarketReader.Read(s, marketFile.DisplayName);
        BookFormat format = BookReader.FormatOf(bookFile.DisplayName);
        Book book;
        using (Stream s = bookFile.OpenRead()) book = BookReader.Read(s, bookFile.DisplayName, format);
        BookValidation.CheckAgainst(book, market);
        return new BookAndMarket(book, market, [bookFile, marketFile]);
    }
}
