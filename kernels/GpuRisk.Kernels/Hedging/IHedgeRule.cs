namespace GpuRisk.Kernels.Hedging;

/// <summary>
/// A rebalancing rule for the book's hedge, passed to <see cref="DeltaHedgeKernel"/> as a struct type parameter (no
/// branch on a policy name anywhere on the device): at each check it says whether to trade and where the trade lands.
/// </summary>
public interface IHedgeRule
{
    /// <summary>True to trade now, with <paramref name="landing"/> the mismatch (hedge - target, coins) to trade to.</summary>
    bool Decide(in HedgeCheck check, out double landing);
}
