namespace GpuRisk.Kernels.Payoffs;

/// <summary>
/// One European option of a pricing walk, in units of today's spot S0 (so float keeps its
/// accuracy whatever the price level). Options of a walk are sorted by <see cref="ExpiryStep"/>.
/// </summary>
public struct OptionSpec<T> where T : unmanaged
{
    /// <summary>The walk slot (underlying) the option is on.</summary>
    public int Slot;
    /// <summary>Index of the grid step that ends exactly at expiry.</summary>
    public int ExpiryStep;
    /// <summary>1 to accumulate Greeks (the walk keeps the vol-bumped state variants), 0 for the value only.</summary>
    public int Greeks;
    /// <summary>1 for a put, 0 for a call.</summary>
    public int IsPut;
    /// <summary>K / S0.</summary>
    public T Strike;
    /// <summary>ln(K / S0).</summary>
    public T LogStrike;
    /// <summary>e^(-r T).</summary>
    public T Discount;
    /// <summary>e^(-r (T + eps)), eps the theta bump of the expiry step.</summary>
    public T DiscountLater;
    /// <summary>e^(-r (T - eps)).</summary>
    public T DiscountEarlier;
    /// <summary>1 / (2 eps 365): turns a central difference in expiry into USD per calendar day per S0.</summary>
    public T ThetaScale;
    /// <summary>Quantity x S0: the weight of this option's per-path value in the book's per-path value.</summary>
    public double BookWeight;
}
