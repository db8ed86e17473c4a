namespace GpuRisk.Kernels.Revaluation;

/// <summary>Today's spot and the pricing rates of one walk slot (underlying).</summary>
public struct SlotMarket<T> where T : unmanaged
{
    /// <summary>Spot at time 0, USD.</summary>
    public double Spot;
    /// <summary>Continuously compounded rate per year.</summary>
    public T Rate;
    /// <summary>Continuously compounded carry per year.</summary>
    public T Carry;
}
