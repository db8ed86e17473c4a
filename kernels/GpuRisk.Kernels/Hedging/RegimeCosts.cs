namespace GpuRisk.Kernels.Hedging;

/// <summary>
/// The cost model of one regime (DESIGN.md, Market: JSON): a trade of q coins at spot S costs
/// FeeBps/1e4 |q| S + Impact sigma_day |q|^1.5 S / sqrt(depth) + GasUsd, and with probability FailProbability it
/// fails (gas paid, nothing traded, retried at the next check).
/// </summary>
/// <param name="FeeBps">Proportional fee, basis points of notional.</param>
/// <param name="Impact">Square-root impact coefficient.</param>
/// <param name="GasUsd">Fixed cost per attempt, USD.</param>
/// <param name="FailProbability">Probability an attempt fails, 0 to 1.</param>
public readonly record struct RegimeCosts(double FeeBps, double Impact, double GasUsd, double FailProbability);
