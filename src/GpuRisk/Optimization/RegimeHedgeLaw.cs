using GpuRisk.Markets;

namespace GpuRisk.Optimization;

/// <summary>
/// What the band optimizer needs to know about one underlying in one regime, per check: how the
/// target hedge moves, what a trade costs, and how much a coin of mismatch risks.
/// </summary>
/// <remarks>
/// Cost of a trade of q coins (DESIGN.md, Market: JSON): feeBps/1e4 |q| S + impact sigma_day |q|^1.5 S / sqrt(depthCoins)
/// (square-root impact) + gasUsd. With probability failProbability the trade fails: the gas is paid,
/// nothing trades and the mismatch stays (retried at the next check).
/// The risk of holding a mismatch m over a check is the variance of its hedging error, m^2 E2, where E2
/// (<paramref name="HedgeErrorVarianceUsd2PerCoin2"/>) is the variance of the spot move over the check:
/// S^2 sigma^2 dt for a diffusion, plus lambda dt S^2 E[(e^J - 1)^2] for Merton/Bates jumps.
/// </remarks>
/// <param name="Name">Regime name.</param>
/// <param name="SpotUsd">Spot S, USD per coin, &gt; 0.</param>
/// <param name="SigmaDay">Daily volatility of spot returns (annual vol / sqrt(365)), for the impact term; &gt;= 0.</param>
/// <param name="Costs">Fees, impact coefficient, gas and failure probability of the regime (failure 0 to 1; 1 is a halted chain).</param>
/// <param name="DepthCoins">Market depth of the square-root impact law, coins, &gt; 0.</param>
/// <param name="TargetIncrement">Law of the target's move over one check.</param>
/// <param name="HedgeErrorVarianceUsd2PerCoin2">E2: variance of the spot move over one check, USD^2 (per coin^2 of mismatch), &gt;= 0.</param>
public sealed record RegimeHedgeLaw(
    string Name,
    double SpotUsd,
    double SigmaDay,
    CostModel Costs,
    double DepthCoins,
    TargetIncrementLaw TargetIncrement,
    double HedgeErrorVarianceUsd2PerCoin2)
{
    /// <summary>Fee plus impact of an executed trade of <paramref name="tradeCoins"/> coins, USD; gas is extra and paid even on failure.</summary>
    public double ExecutionCostUsd(double tradeCoins)
    {
        double q = Math.Abs(tradeCoins);
        return Costs.FeeBps / 1e4 * q * SpotUsd + Costs.Impact * SigmaDay * q * Math.Sqrt(q) * SpotUsd / Math.Sqrt(DepthCoins);
    }

    /// <exception cref="ArgumentException">A field is out of its range.</exception>
    internal void Validate()
    {
        string owner = $"regime '{Name}'";
        ArgumentNullException.ThrowIfNull(Costs);
        ArgumentNullException.ThrowIfNull(TargetIncrement);
        OptimizationInput.RequirePositive(SpotUsd, owner, "spot");
        OptimizationInput.RequireNonNegative(SigmaDay, owner, "sigmaDay");
        OptimizationInput.RequireNonNegative(Costs.FeeBps, owner, "feeBps");
        OptimizationInput.RequireNonNegative(Costs.Impact, owner, "impact");
        OptimizationInput.RequireNonNegative(Costs.GasUsd, owner, "gasUsd");
        OptimizationInput.RequireProbability(Costs.FailProbability, owner, "failProbability");
        OptimizationInput.RequirePositive(DepthCoins, owner, "depthCoins");
        OptimizationInput.RequireNonNegative(HedgeErrorVarianceUsd2PerCoin2, owner, "hedge error variance E2");
        TargetIncrement.Validate(owner);
    }
}
