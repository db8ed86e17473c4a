using GpuRisk.Books;
using GpuRisk.Markets;
using GpuRisk.Models;

namespace GpuRisk.Tests.Stress;

/// <summary>Small books and markets for the stress tests.</summary>
internal static class StressFixtures
{
    public static readonly DateTimeOffset Now = new(2026, 11, 24, 8, 0, 0, TimeSpan.Zero);

    public static MarketSnapshot Market(double rate, params UnderlyingMarket[] underlyings)
    {
        int n = underlyings.Length;
        double[][] corr = Enumerable.Range(0, n).Select(i => Enumerable.Range(0, n).Select(j => i == j ? 1.0 : 0.0).ToArray()).ToArray();
        return new MarketSnapshot(Now, rate, underlyings, corr, RegimeChain.Single,
            new Dictionary<string, CostModel>(), "market.json");
    }

    public static UnderlyingMarket BlackScholes(string name, double spot, double vol, double carry = 0.0) =>
        new(name, spot, carry, null, 1000.0, UnderlyingModel.BlackScholes(vol));

    public static UnderlyingMarket Heston(string name, double spot, HestonParameters h, JumpParameters? jumps = null, double carry = 0.0) =>
        new(name, spot, carry, null, 1000.0, new UnderlyingModel(null, h, jumps));

    public static Position Option(string id, string underlying, PositionKind kind, double strike, double days, double quantity) =>
        new(id, underlying, kind, strike, Now.AddDays(days), quantity, null);

    public static Position Linear(string id, string underlying, PositionKind kind, double quantity, double? days = null) =>
        new(id, underlying, kind, double.NaN, days is { } d ? Now.AddDays(d) : null, quantity, null);

    public static Book Book(params Position[] positions) => new(positions, "book.csv");
}
