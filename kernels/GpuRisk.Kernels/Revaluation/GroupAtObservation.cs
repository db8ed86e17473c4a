namespace GpuRisk.Kernels.Revaluation;

/// <summary>
/// What a revaluation group needs at one observation in one regime, the same for every path (built on the host
/// at [(observation x Groups + group) x Regimes + regime]).
/// </summary>
public struct GroupAtObservation<T> where T : unmanaged
{
    /// <summary>1 while the group is alive (dated positions before expiry, undated always); 0 once settled.</summary>
    public int Alive;
    /// <summary>Index of the correction table of (slot, regime); -1 when Black-Scholes needs none.</summary>
    public int Table;
    /// <summary>Time to expiry T, years (0 for undated).</summary>
    public T Years;
    /// <summary>sqrt(T).</summary>
    public T RootYears;
    /// <summary>e^(-rT).</summary>
    public T Discount;
    /// <summary>e^(-qT).</summary>
    public T CarryDiscount;
    /// <summary>e^((r - q) T): a future's mark over spot.</summary>
    public T Growth;
    /// <summary>(r - q) T: ln(F/S).</summary>
    public T LogGrowth;
    /// <summary>The cell of the table's sqrt-expiry axis holding sqrt(T) (the table's nodes SCell and SCell + 1).</summary>
    public int SCell;
    /// <summary>sqrt(T)'s linear weight on node SCell + 1 (0 at SCell, 1 at SCell + 1).</summary>
    public T SWeight;
    /// <summary>sigma_cv^2 = ControlA + ControlB v: the control-variate variance, affine in the path's variance.</summary>
    public T ControlA;
    /// <summary>See <see cref="ControlA"/>.</summary>
    public T ControlB;
}
