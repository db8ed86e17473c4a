using ILGPU;

namespace GpuRisk.Kernels.Hedging;

/// <summary>Trade when |hedge - target| exceeds a fixed band per underlying (<c>band:X</c>, <c>band:X%</c>).</summary>
public struct BandRule : IHedgeRule
{
    /// <summary>Band half-width per underlying, coins.</summary>
    public ArrayView<double> Band;
    /// <summary>Where trades land (<see cref="Landing"/>).</summary>
    public int To;

    /// <inheritdoc/>
    public bool Decide(in HedgeCheck check, out double landing) =>
        Landing.Breached(To, check.Mismatch, Band[check.Slot], out landing);
}
