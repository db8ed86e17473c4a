namespace GpuRisk.Kernels.Hedging;

/// <summary>What one path of one policy ends with.</summary>
public struct HedgeOutcome
{
    /// <summary>P&amp;L over the horizon after costs, USD.</summary>
    public double Pnl;
    /// <summary>P&amp;L before costs (the hedging error), USD.</summary>
    public double HedgeError;
    /// <summary>Fees, impact and gas, USD.</summary>
    public double Cost;
    /// <summary>Largest loss between two consecutive checks, USD (0 if none lost).</summary>
    public double MaxGapLoss;
    /// <summary>Trades executed.</summary>
    public int Trades;
    /// <summary>Trades attempted that failed.</summary>
    public int Failed;
    /// <summary>1 when a CPPI account breached its floor.</summary>
    public int Breached;
    /// <summary>Shortfall below the floor at the horizon, in units of initial capital (CPPI).</summary>
    public double Shortfall;
}
