namespace GpuRisk.Kernels.Hedging;

/// <summary>What an account rule sees at a check (after the market moved to it).</summary>
public struct AccountCheck
{
    /// <summary>Time of the check, years.</summary>
    public double Years;
    /// <summary>Time of the previous check, years.</summary>
    public double PreviousYears;
    /// <summary>Spot of the account's underlying, USD.</summary>
    public double Spot;
    /// <summary>Spot at the previous check, USD.</summary>
    public double PreviousSpot;
    /// <summary>Instantaneous variance of the underlying.</summary>
    public double Variance;
    /// <summary>The account's wealth marked at this check, USD.</summary>
    public double Wealth;
    /// <summary>Initial capital, USD.</summary>
    public double Capital;
    /// <summary>Continuously compounded rate per year.</summary>
    public double Rate;
}
