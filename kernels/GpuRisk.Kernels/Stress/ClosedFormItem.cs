namespace GpuRisk.Kernels.Stress;

/// <summary>
/// One (cell, position) pair priced in closed form: a Black-Scholes option, or a linear position
/// (future, perp, spot) under any model. Inputs are already shocked.
/// </summary>
/// <param name="Kind">What is held.</param>
/// <param name="Spot">Shocked spot, USD.</param>
/// <param name="Strike">Strike, USD (options only).</param>
/// <param name="Years">Time to expiry, years ACT/365 (options and futures).</param>
/// <param name="Rate">Continuously compounded rate per year.</param>
/// <param name="Carry">Continuously compounded carry per year.</param>
/// <param name="Vol">Shocked Black-Scholes volatility (options only), &gt; 0.</param>
/// <param name="Quantity">Signed coins.</param>
/// <param name="EntryPrice">Entry price of a future or perp, USD.</param>
public readonly record struct ClosedFormItem(
    InstrumentKind Kind, double Spot, double Strike, double Years, double Rate, double Carry,
    double Vol, double Quantity, double EntryPrice);
