using System.Globalization;
using GpuRisk.Books;
using GpuRisk.Markets;

namespace GpuRisk.IO;

/// <summary>The book rules that need the market: what a book alone cannot tell.</summary>
public static class BookValidation
{
    /// <summary>
    /// Checks that every position's underlying is a key of the market's underlyings, and that
    /// every call, put and future expires strictly after the valuation time.
    /// </summary>
    /// <remarks>
    /// The row in a message is the position's index in <see cref="Book.Positions"/> + 1, which is
    /// the 1-based data row <see cref="BookReader"/> read it from.
    /// </remarks>
    /// <exception cref="InputException">The first position that breaks a rule, naming the book file, row and field.</exception>
    public static void CheckAgainst(Book book, MarketSnapshot market)
    {
        for (int i = 0; i < book.Positions.Count; i++)
        {
            Position p = book.Positions[i];
            string row = (i + 1).ToString(CultureInfo.InvariantCulture);
            if (market.IndexOf(p.Underlying) < 0)
            {
                string known = string.Join(", ", market.Underlyings.Select(u => u.Name));
                throw new InputException(book.SourceFile, row, BookColumns.Underlying,
                    $"'{p.Underlying}' is not an underlying of market {market.SourceFile} (it has {known})");
            }
            if (p.Expiry is { } expiry && expiry <= market.ValuationTime)
            {
                throw new InputException(book.SourceFile, row, BookColumns.Expiry,
                    $"{IsoInstant.Format(expiry)} is not after the valuation time {IsoInstant.Format(market.ValuationTime)}");
            }
        }
    }
}
