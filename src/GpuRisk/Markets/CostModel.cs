namespace GpuRisk.Markets;

/// <summary>
/// Cost of one hedge trade of q coins at spot S:
/// feeBps/1e4 |q| S + impact sigma_day |q|^1.5 S / sqrt(depthCoins) + gasUsd.
/// With probability <see cref="FailProbability"/> a rebalance is not executed in an interval.
/// </summary>
public sealed record CostModel(double FeeBps, double Impact, double GasUsd, double FailProbability)
{
    /// <summary>Costs used when the market gives none.</summary>
    public static CostModel Zero { get; } = new(0, 0, 0, 0);
}
