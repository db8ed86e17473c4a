namespace GpuRisk.Kernels.Hedging;

/// <summary>Never trade (<c>none</c>).</summary>
public struct NoHedgeRule : IHedgeRule
{
    /// <inheritdoc/>
    public bool Decide(in HedgeCheck check, out double landing)
    {
        landing = 0.0;
        return false;
    }
}
