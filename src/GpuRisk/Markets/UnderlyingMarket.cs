using GpuRisk.Models;

namespace GpuRisk.Markets;

/// <summary>Market state and pricing dynamics of one underlying.</summary>
/// <param name="Name">Key in the market's <c>underlyings</c> (e.g. BTC).</param>
/// <param name="Spot">Spot price in USD, &gt; 0.</param>
/// <param name="Carry">Continuously compounded carry (dividend-like yield) per year.</param>
/// <param name="Drift">Real-world spot drift per year for horizon simulation; null means rate - carry.</param>
/// <param name="DepthCoins">Market depth in coins for the square-root impact law.</param>
/// <param name="Model">Risk-neutral pricing dynamics.</param>
public sealed record UnderlyingMarket(
    string Name,
    double Spot,
    double Carry,
    double? Drift,
    double DepthCoins,
    UnderlyingModel Model);
