using GpuRisk.Books;
using GpuRisk.Kernels.Stress;
using GpuRisk.Markets;

namespace GpuRisk.Pricing;

/// <summary>
/// Futures, perps and spot: deterministic, valued as DESIGN.md says. Future q (F - entry) with
/// F = S e^((r - carry) T); perp q (S - entry); spot q S; a missing entry price means today's mark.
/// </summary>
/// <remarks>
/// The formulas have one source, <see cref="ClosedFormPricer.Evaluate"/>, which the stress kernels run on
/// the device; every host engine values linear positions through here.
/// </remarks>
public static class LinearPositions
{
    /// <summary>Value and Greeks of a future, perp or spot position (quantity included); stderr 0.</summary>
    /// <exception cref="ArgumentException"><paramref name="position"/> is an option.</exception>
    public static Valuation Value(Position position, UnderlyingMarket underlying, double rate, double expiryYears)
    {
        double s = underlying.Spot;
        (InstrumentKind kind, double mark) = position.Kind switch
        {
            PositionKind.Future => (InstrumentKind.Future, s * Math.Exp((rate - underlying.Carry) * expiryYears)),
            PositionKind.Perp => (InstrumentKind.Perp, s),
            PositionKind.Spot => (InstrumentKind.Spot, s),
            _ => throw new ArgumentException($"position {position.Id} is an option", nameof(position)),
        };
        StressFigures f = ClosedFormPricer.Evaluate(new ClosedFormItem(kind, s, 0.0, expiryYears, rate, underlying.Carry,
            0.0, position.QuantityCoins, position.EntryPrice ?? mark));
        return new Valuation(f.Value, 0.0, f.Delta, f.Gamma, f.Vega, f.Theta);
    }
}
