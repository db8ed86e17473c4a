using GpuRisk.Kernels.Numerics;
using GpuRisk.Kernels.Pricing;

namespace GpuRisk.Pricing.Analytic;

/// <summary>
/// Black-Scholes-Merton with continuous carry: European options on one coin, value and Greeks in
/// DESIGN.md's units. The formula itself has one source, <see cref="BlackScholesFormula"/>, shared with the
/// device kernels.
/// </summary>
public static class BlackScholes
{
    /// <summary>Value of one option on one coin.</summary>
    /// <param name="right">Call or put.</param>
    /// <param name="spot">Spot in USD, &gt; 0.</param>
    /// <param name="strike">Strike in USD, &gt; 0.</param>
    /// <param name="years">Time to expiry in years (ACT/365).</param>
    /// <param name="rate">Continuously compounded rate per year.</param>
    /// <param name="carry">Continuously compounded carry (dividend-like yield) per year.</param>
    /// <param name="vol">Annualised volatility, &gt;= 0 (0.65 = 65%).</param>
    /// <returns>Value in USD per coin.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="vol"/> is negative or NaN.</exception>
    public static double Value(OptionRight right, double spot, double strike, double years, double rate, double carry, double vol)
        => Price(right, spot, strike, years, rate, carry, vol).Value;

    /// <summary>Value and Greeks of one option on one coin.</summary>
    /// <param name="right">Call or put.</param>
    /// <param name="spot">Spot in USD, &gt; 0.</param>
    /// <param name="strike">Strike in USD, &gt; 0.</param>
    /// <param name="years">Time to expiry in years (ACT/365).</param>
    /// <param name="rate">Continuously compounded rate per year.</param>
    /// <param name="carry">Continuously compounded carry (dividend-like yield) per year.</param>
    /// <param name="vol">Annualised volatility, &gt;= 0.</param>
    /// <returns>
    /// Value (USD), delta (coins), gamma (coins per USD), vega (USD per 0.01 vol) and theta
    /// (USD per calendar day, -dV/dT / 365); stderr 0.
    /// </returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="vol"/> is negative or NaN.</exception>
    public static Valuation Price(OptionRight right, double spot, double strike, double years, double rate, double carry, double vol)
    {
        if (!(vol >= 0.0)) ThrowHelper.VolatilityOutOfRange(vol);
        OptionFigures<double> f = BlackScholesFormula.Evaluate<double, DoubleMath>(right == OptionRight.Put ? 1 : 0,
            spot, strike, years, rate, carry, vol);
        return new Valuation(f.Value, 0.0, f.Delta, f.Gamma, 0.01 * f.VegaPerUnitVol, -f.DValueDYears / 365.0);
    }
}
