namespace GpuRisk.Kernels.Hedging;

/// <summary>What an account rule carries from check to check on one path.</summary>
public struct AccountState
{
    /// <summary>1 once a CPPI account breached its floor (it then stays in cash).</summary>
    public int Breached;
    /// <summary>A vol-targeting account's variance estimate, per year.</summary>
    public double VarianceEstimate;
}
