namespace GpuRisk.Kernels.Revaluation;

/// <summary>One position of the book as the horizon revaluation sees it (quantity included in every figure).</summary>
public struct HeldPosition<T> where T : unmanaged
{
    /// <summary>What is held (<see cref="Stress.InstrumentKind"/> as an int).</summary>
    public int Kind;
    /// <summary>Strike, USD (options).</summary>
    public T Strike;
    /// <summary>
    /// ln(S0 / K) with S0 today's spot (options): a path's ln(S/K) is this plus its ln(S/S0), which keeps float's
    /// resolution where it matters (ln S itself would lose ~1e-6, several USD on a short-dated option).
    /// </summary>
    public T LogMoneyness;
    /// <summary>Signed coins.</summary>
    public double Quantity;
    /// <summary>Entry price of a future or perp, USD.</summary>
    public double EntryPrice;
}
