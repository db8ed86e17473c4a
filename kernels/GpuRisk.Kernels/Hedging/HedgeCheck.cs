namespace GpuRisk.Kernels.Hedging;

/// <summary>What a hedging rule sees of one underlying at one check (after the market moved to it).</summary>
public struct HedgeCheck
{
    /// <summary>The underlying (walk slot).</summary>
    public int Slot;
    /// <summary>The regime the path is in.</summary>
    public int Regime;
    /// <summary>Time of the check, years.</summary>
    public double Years;
    /// <summary>Time of the previous check, years.</summary>
    public double PreviousYears;
    /// <summary>Mismatch hedge - target, coins (target = minus the book's delta).</summary>
    public double Mismatch;
    /// <summary>The book's gamma on this underlying, coins per USD.</summary>
    public double Gamma;
    /// <summary>Gamma-weighted time to expiry of the book's options, years (0 without options).</summary>
    public double GammaYears;
    /// <summary>Spot, USD.</summary>
    public double Spot;
    /// <summary>Instantaneous variance.</summary>
    public double Variance;
    /// <summary>Proportional cost of the regime, fee as a fraction of notional.</summary>
    public double ProportionalCost;
    /// <summary>Continuously compounded rate per year.</summary>
    public double Rate;
}
