namespace GpuRisk.Kernels.Payoffs;

/// <summary>
/// One European option of a pricing walk, in units of the spot S0 it is valued at (so float keeps its accuracy
/// whatever the price level, and a spot-shocked copy of an option is the same paths with strike K / (S0 (1 + shock))).
/// </summary>
public struct OptionSpec<T> where T : unmanaged
{
    /// <summary>The <see cref="Paths.ExpiryGroup"/> (slot and expiry) whose per-path record it is settled from.</summary>
    public int Group;
    /// <summary>1 to accumulate Greeks (the walk records the Greeks' fields), 0 for the value only.</summary>
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
}
