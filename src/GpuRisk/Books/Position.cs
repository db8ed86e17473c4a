namespace GpuRisk.Books;

/// <summary>One row of the book: what is held, never how it is priced.</summary>
/// <param name="Id">Unique, non-empty identifier.</param>
/// <param name="Underlying">Key of the market's <c>underlyings</c>.</param>
/// <param name="Kind">Call, put, future, perp or spot.</param>
/// <param name="Strike">Strike in USD for calls and puts; NaN otherwise.</param>
/// <param name="Expiry">Expiry instant (UTC) for calls, puts and futures; null for perps and spot.</param>
/// <param name="QuantityCoins">Signed quantity in coins of the underlying (+ long, - short).</param>
/// <param name="EntryPrice">Entry price in USD for futures and perps; null means today's mark (value 0).</param>
public sealed record Position(
    string Id,
    string Underlying,
    PositionKind Kind,
    double Strike,
    DateTimeOffset? Expiry,
    double QuantityCoins,
    double? EntryPrice)
{
    /// <summary>True for calls and puts.</summary>
    public bool IsOption => Kind is PositionKind.Call or PositionKind.Put;
}
