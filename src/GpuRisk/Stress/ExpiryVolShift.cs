using GpuRisk.Books;
using GpuRisk.Markets;

namespace GpuRisk.Stress;

/// <summary>
/// The vol shift a stress cell applied to one (underlying, expiry) of the book's options: the scaled shock
/// and what the down-shock floor made of it, so a reader of the worst cell sees what was applied.
/// </summary>
/// <param name="Underlying">The shocked underlying.</param>
/// <param name="Expiry">The options' expiry instant (UTC).</param>
/// <param name="DaysToExpiry">Calendar days from the valuation time to <paramref name="Expiry"/>.</param>
/// <param name="Shift">The scaled shift and the shift applied (absolute vol; 0.01 = one vol point).</param>
public sealed record ExpiryVolShift(string Underlying, DateTimeOffset Expiry, double DaysToExpiry, VolShift Shift)
{
    /// <summary>
    /// One entry per (underlying, expiry) of the options <paramref name="cell"/> shocks, in book order; none
    /// for a cell without a vol shock.
    /// </summary>
    public static IReadOnlyList<ExpiryVolShift> InCell(StressCell cell, Book book, MarketSnapshot market, VolShockScaling scaling)
    {
        var shifts = new List<ExpiryVolShift>();
        if (cell.VolShock == 0.0) return shifts;
        var seen = new HashSet<(string, DateTimeOffset)>();
        foreach (Position p in book.Positions)
        {
            if (!p.IsOption || p.Expiry is not { } expiry) continue;
            if (cell.Underlying != StressResult.All && cell.Underlying != p.Underlying) continue;
            if (!seen.Add((p.Underlying, expiry))) continue;
            double days = market.YearsTo(expiry) * 365.0;
            VolShift shift = scaling.Shift(cell.VolShock, days, market.Underlying(p.Underlying).Model);
            shifts.Add(new ExpiryVolShift(p.Underlying, expiry, days, shift));
        }
        return shifts;
    }
}
