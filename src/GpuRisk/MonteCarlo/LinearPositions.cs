using GpuRisk.Books;
using GpuRisk.Markets;
using GpuRisk.Pricing;

namespace GpuRisk.MonteCarlo;

/// <summary>
/// Futures, perps and spot: deterministic, valued as DESIGN.md says (no simulation needed).
/// Future q (F - entry), F = S e^((r - carry) T); perp q (S - entry); spot q S; entry defaults to the mark.
/// </summary>
public static class LinearPositions
{
    /// <summary>Value and Greeks of a future, perp or spot position (quantity included).</summary>
    public static Valuation Value(Position position, UnderlyingMarket underlying, double rate, double expiryYears)
    {
        double s = underlying.Spot;
        double q = position.QuantityCoins;
        switch (position.Kind)
        {
            case PositionKind.Future:
                double growth = Math.Exp((rate - underlying.Carry) * expiryYears);
                double forward = s * growth;
                double entry = position.EntryPrice ?? forward;
                // theta = -dV/dT / 365 = -q F (r - carry) / 365.
                return new Valuation(q * (forward - entry), 0, q * growth, 0, 0, -q * forward * (rate - underlying.Carry) / 365.0);
            case PositionKind.Perp:
                return new Valuation(q * (s - (position.EntryPrice ?? s)), 0, q, 0, 0, 0);
            case PositionKind.Spot:
                return new Valuation(q * s, 0, q, 0, 0, 0);
            default:
                throw new ArgumentException($"position {position.Id} is an option", nameof(position));
        }
    }
}
