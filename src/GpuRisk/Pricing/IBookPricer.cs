using GpuRisk.Books;
using GpuRisk.Markets;

namespace GpuRisk.Pricing;

/// <summary>An engine that values a whole book on a market: inputs in, results out, no state kept.</summary>
public interface IBookPricer
{
    /// <summary>Values every position of <paramref name="book"/> and the book total.</summary>
    BookValuation Price(Book book, MarketSnapshot market);
}
