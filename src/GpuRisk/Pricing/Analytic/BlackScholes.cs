namespace GpuRisk.Pricing.Analytic;

/// <summary>
/// Black-Scholes-Merton with continuous carry: European options on one coin, value and Greeks in
/// DESIGN.md's units.
/// </summary>
/// <remarks>
/// dS/S = (r - c) dt + sigma dW under the pricing measure; forward F = S e^((r - c) T), discount
/// D = e^(-r T), d1,2 = (ln(F/K) +- sigma^2 T / 2) / (sigma sqrt T),
/// call = D (F Phi(d1) - K Phi(d2)), put = D (K Phi(-d2) - F Phi(-d1)).
/// References: [1] Black and Scholes (1973); [2] Merton (1973); [3] Haug, The Complete Guide to
/// Option Pricing Formulas, 2nd ed. (2007), ch. 1 (generalized Black-Scholes with cost of carry b = r - c).
/// With sigma sqrt(T) = 0 the deterministic limit D max(F - K, 0) is returned; with T &lt;= 0 the payoff
/// on today's spot (an option expiring now), with no time value and no theta.
/// </remarks>
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
        if (years <= 0.0) return AtExpiry(right, spot, strike);

        double disc = Math.Exp(-rate * years);
        double carryDisc = Math.Exp(-carry * years);
        double fwdDisc = spot * carryDisc;            // D F
        double strikeDisc = strike * disc;            // D K
        double stdDev = vol * Math.Sqrt(years);
        double sign = right == OptionRight.Call ? 1.0 : -1.0;
        if (stdDev == 0.0) return Deterministic(sign, carryDisc, fwdDisc, strikeDisc, rate, carry);

        double d1 = (Math.Log(fwdDisc / strikeDisc) + 0.5 * stdDev * stdDev) / stdDev;
        double d2 = d1 - stdDev;
        double nd1 = NormalDistribution.Cdf(sign * d1);
        double nd2 = NormalDistribution.Cdf(sign * d2);
        double density = fwdDisc * NormalDistribution.Pdf(d1);   // D F phi(d1) = D K phi(d2)

        double value = sign * (fwdDisc * nd1 - strikeDisc * nd2);
        double delta = sign * carryDisc * nd1;
        double gamma = carryDisc * NormalDistribution.Pdf(d1) / (spot * stdDev);
        double vegaPerUnit = density * Math.Sqrt(years);
        // dV/dT at fixed spot: the time value grows, the forward drifts, the discounting bites.
        double dValueDYears = density * vol / (2.0 * Math.Sqrt(years))
                              - sign * carry * fwdDisc * nd1 + sign * rate * strikeDisc * nd2;
        return new Valuation(value, 0.0, delta, gamma, 0.01 * vegaPerUnit, -dValueDYears / 365.0);
    }

    private static Valuation AtExpiry(OptionRight right, double spot, double strike)
    {
        double intrinsic = right == OptionRight.Call ? spot - strike : strike - spot;
        double delta = intrinsic > 0.0 ? (right == OptionRight.Call ? 1.0 : -1.0) : 0.0;
        return new Valuation(Math.Max(intrinsic, 0.0), 0.0, delta, 0.0, 0.0, 0.0);
    }

    private static Valuation Deterministic(double sign, double carryDisc, double fwdDisc, double strikeDisc, double rate, double carry)
    {
        double intrinsic = sign * (fwdDisc - strikeDisc);
        if (intrinsic <= 0.0) return Valuation.Zero;
        double dValueDYears = sign * (-carry * fwdDisc + rate * strikeDisc);
        return new Valuation(intrinsic, 0.0, sign * carryDisc, 0.0, 0.0, -dValueDYears / 365.0);
    }
}
