using System.Numerics;
using GpuRisk.Kernels.Numerics;

namespace GpuRisk.Kernels.Pricing;

/// <summary>
/// Black-Scholes-Merton with continuous carry for one European option on one coin: the one source of the
/// formula for the host's analytic engine, the stress kernels and the horizon revaluation, in any number type.
/// </summary>
/// <remarks>
/// dS/S = (r - q) dt + sigma dW under the pricing measure; forward F = S e^((r - q) T), discount D = e^(-rT),
/// d1,2 = (ln(F/K) +- sigma^2 T / 2) / (sigma sqrt T), call = D (F Phi(d1) - K Phi(d2)), put by parity;
/// dV/dT = S e^(-qT) phi(d1) sigma / (2 sqrt T) - q S e^(-qT) Phi(+-d1) +- r K e^(-rT) Phi(+-d2).
/// With sigma sqrt T = 0 the deterministic limit D max(+-(F - K), 0); with T &lt;= 0 the payoff on spot
/// (an option expiring now: no time value, no theta).
/// References: [1] Black and Scholes (1973); [2] Merton (1973); [3] Haug, The Complete Guide to Option
/// Pricing Formulas, 2nd ed. (2007), ch. 1 (generalized Black-Scholes with cost of carry b = r - q).
/// </remarks>
public static class BlackScholesFormula
{
    /// <summary>Figures of a call (<paramref name="isPut"/> = 0) or put on one coin.</summary>
    /// <param name="isPut">1 for a put, 0 for a call.</param>
    /// <param name="spot">Spot, USD, &gt; 0.</param>
    /// <param name="strike">Strike, USD, &gt; 0.</param>
    /// <param name="years">Time to expiry, years.</param>
    /// <param name="rate">Continuously compounded rate per year.</param>
    /// <param name="carry">Continuously compounded carry per year.</param>
    /// <param name="vol">Volatility, &gt;= 0.</param>
    public static OptionFigures<T> Evaluate<T, TMath>(int isPut, T spot, T strike, T years, T rate, T carry, T vol)
        where T : unmanaged, INumber<T> where TMath : struct, IRealMath<T>
    {
        if (years <= T.Zero) return AtExpiry(isPut, spot, strike);
        T sqrtYears = TMath.Sqrt(years);
        return WithTerms<T, TMath>(isPut, spot, strike, TMath.Log(spot / strike), years, sqrtYears, rate, carry,
            TMath.Exp(-rate * years), TMath.Exp(-carry * years), vol);
    }

    /// <summary>
    /// The same figures from precomputed terms, for callers that hold them already (the horizon revaluation
    /// keeps ln S and ln K, and shares discount factors across every option of an expiry).
    /// </summary>
    /// <param name="logSpotOverStrike">ln(S / K).</param>
    /// <param name="sqrtYears">sqrt(T), T &gt; 0.</param>
    /// <param name="discount">e^(-rT).</param>
    /// <param name="carryDiscount">e^(-qT).</param>
    public static OptionFigures<T> WithTerms<T, TMath>(int isPut, T spot, T strike, T logSpotOverStrike, T years,
        T sqrtYears, T rate, T carry, T discount, T carryDiscount, T vol)
        where T : unmanaged, INumber<T> where TMath : struct, IRealMath<T>
    {
        T sign = isPut != 0 ? -T.One : T.One;
        T spotPv = spot * carryDiscount;      // D F
        T strikePv = strike * discount;       // D K
        T stdDev = vol * sqrtYears;
        var f = default(OptionFigures<T>);
        if (stdDev <= T.Zero)
        {
            T intrinsic = sign * (spotPv - strikePv);
            if (intrinsic > T.Zero)
            {
                f.Value = intrinsic;
                f.Delta = sign * carryDiscount;
                f.DValueDYears = sign * (-carry * spotPv + rate * strikePv);
            }
            return f;
        }
        T d1 = (logSpotOverStrike + (rate - carry) * years) / stdDev + TMath.From(0.5) * stdDev;
        T d2 = d1 - stdDev;
        T nd1 = TMath.NormalCdf(sign * d1);
        T nd2 = TMath.NormalCdf(sign * d2);
        T density = Normal.Density<T, bool, TMath>(d1);
        f.Value = sign * (spotPv * nd1 - strikePv * nd2);
        f.Delta = sign * carryDiscount * nd1;
        f.Gamma = carryDiscount * density / (spot * stdDev);
        f.VegaPerUnitVol = spotPv * density * sqrtYears;
        f.DValueDYears = spotPv * density * vol / (TMath.From(2.0) * sqrtYears)
                         - sign * carry * spotPv * nd1 + sign * rate * strikePv * nd2;
        return f;
    }

    private static OptionFigures<T> AtExpiry<T>(int isPut, T spot, T strike) where T : unmanaged, INumber<T>
    {
        T intrinsic = isPut != 0 ? strike - spot : spot - strike;
        var f = default(OptionFigures<T>);
        if (intrinsic > T.Zero)
        {
            f.Value = intrinsic;
            f.Delta = isPut != 0 ? -T.One : T.One;
        }
        return f;
    }
}
