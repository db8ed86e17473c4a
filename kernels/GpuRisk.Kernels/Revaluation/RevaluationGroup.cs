namespace GpuRisk.Kernels.Revaluation;

/// <summary>
/// Positions of one underlying sharing one expiry (options and futures), or its undated linear positions
/// (perps and spot, <see cref="ExpiryStep"/> = -1): their figures share time to expiry, discount factors and,
/// for options, the control-variate vol. Positions [First, First + Count) of the position table.
/// </summary>
public struct RevaluationGroup
{
    /// <summary>The walk slot (underlying).</summary>
    public int Slot;
    /// <summary>First position.</summary>
    public int First;
    /// <summary>Number of positions.</summary>
    public int Count;
    /// <summary>The grid step ending at the expiry (the group settles after it); -1 for undated or beyond the walk.</summary>
    public int ExpiryStep;
    /// <summary>e^(-r E): a payoff at expiry E as cash at time 0 (accrued forward at each observation).</summary>
    public double ExpiryDiscount;
}
