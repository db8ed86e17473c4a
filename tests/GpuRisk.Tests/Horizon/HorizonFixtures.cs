using GpuRisk.Books;
using GpuRisk.Markets;
using GpuRisk.Models;

namespace GpuRisk.Tests.Horizon;

/// <summary>Markets and books built in code for the horizon engine's tests.</summary>
internal static class HorizonFixtures
{
    public static readonly DateTimeOffset Today = new(2026, 11, 24, 8, 0, 0, TimeSpan.Zero);

    /// <summary>A one-regime market of the given underlyings (correlation identity unless given).</summary>
    public static MarketSnapshot Market(double rate, UnderlyingMarket[] underlyings, double[][]? correlation = null,
        RegimeChain? regimes = null, IReadOnlyDictionary<string, CostModel>? costs = null) =>
        new(Today, rate, underlyings,
            correlation ?? [.. Enumerable.Range(0, underlyings.Length).Select(i => Enumerable.Range(0, underlyings.Length).Select(j => i == j ? 1.0 : 0.0).ToArray())],
            regimes ?? RegimeChain.Single, costs ?? new Dictionary<string, CostModel>(), "test-market");

    public static UnderlyingMarket Heston(string name, double spot, double v0, double kappa, double theta, double xi, double rho,
        JumpParameters? jumps = null, double? drift = null, double carry = 0.0) =>
        new(name, spot, carry, drift, 1e8 / spot, new UnderlyingModel(null, new HestonParameters(v0, kappa, theta, xi, rho), jumps));

    public static UnderlyingMarket BlackScholes(string name, double spot, double vol, JumpParameters? jumps = null,
        double? drift = null, double carry = 0.0) =>
        new(name, spot, carry, drift, 1e8 / spot, new UnderlyingModel(vol, null, jumps));

    public static Position Option(string underlying, bool put, double strike, double days, double quantity) =>
        new($"{underlying}-{(put ? "P" : "C")}-{strike}-{days}-{quantity}", underlying, put ? PositionKind.Put : PositionKind.Call,
            strike, Today.AddDays(days), quantity, null);

    public static Position Linear(string underlying, PositionKind kind, double quantity, double? days = null, double? entry = null) =>
        new($"{underlying}-{kind}-{days}-{quantity}", underlying, kind, double.NaN, days is { } d ? Today.AddDays(d) : null, quantity, entry);

    public static Book Book(params Position[] positions) => new(positions, "test-book");
}
