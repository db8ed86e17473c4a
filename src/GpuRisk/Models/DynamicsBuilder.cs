using GpuRisk.Kernels.Models;
using GpuRisk.Markets;

namespace GpuRisk.Models;

/// <summary>
/// The one place where a market and a regime become the dynamics every engine simulates or prices with
/// (<see cref="UnderlyingDynamics"/>): the regime's overrides applied, the model mapped, and the drift chosen
/// for the measure.
/// </summary>
/// <remarks>
/// Pricing (risk-neutral): drift rate - carry. Horizon simulation (real-world, DESIGN.md's horizon engine):
/// the underlying's <c>drift</c> (a regime may override it), defaulting to rate - carry; in both the drift is
/// the expected return, and the path kernels compensate jumps. Black-Scholes and Merton map to constant
/// volatility (kappa = xi = 0, v0 = theta = vol^2), so a regime's <c>vol</c> override changes the variance
/// the moment the path enters that regime.
/// </remarks>
public static class DynamicsBuilder
{
    /// <summary>The dynamics of <paramref name="model"/> with expected return <paramref name="drift"/> per year.</summary>
    public static UnderlyingDynamics From(UnderlyingModel model, double drift)
    {
        JumpParameters? j = model.Jumps;
        if (model.Heston is { } h)
        {
            return new UnderlyingDynamics(drift, h.V0, h.Kappa, h.Theta, h.Xi, h.Rho, j?.Lambda ?? 0, j?.Mean ?? 0, j?.Stdev ?? 0);
        }
        return UnderlyingDynamics.ConstantVolatility(drift, model.Vol!.Value, j?.Lambda ?? 0, j?.Mean ?? 0, j?.Stdev ?? 0);
    }

    /// <summary>Risk-neutral dynamics of underlying <paramref name="underlying"/> in regime <paramref name="regime"/>.</summary>
    public static UnderlyingDynamics Pricing(MarketSnapshot market, int underlying, int regime)
    {
        UnderlyingMarket u = market.UnderlyingIn(market.Underlyings[underlying].Name, regime);
        return From(u.Model, market.Rate - u.Carry);
    }

    /// <summary>Real-world dynamics of underlying <paramref name="underlying"/> in regime <paramref name="regime"/>.</summary>
    public static UnderlyingDynamics RealWorld(MarketSnapshot market, int underlying, int regime)
    {
        UnderlyingMarket u = market.UnderlyingIn(market.Underlyings[underlying].Name, regime);
        return From(u.Model, u.Drift ?? market.Rate - u.Carry);
    }
}
