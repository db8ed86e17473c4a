namespace GpuRisk.Kernels.Hedging;

/// <summary>
/// A self-financing account on one underlying (CPPI, vol targeting), passed to <see cref="AccountKernel"/> as a
/// struct type parameter: the holdings it wants at each check, the rest in cash at the rate.
/// </summary>
public interface IAccountRule
{
    /// <summary>The state at time 0 (before any return is seen).</summary>
    AccountState Start(in AccountCheck check);

    /// <summary>The coins the account wants to hold after this check.</summary>
    double Holdings(ref AccountState state, in AccountCheck check);

    /// <summary>Records what the account ends with at the horizon (breach, shortfall).</summary>
    void Finish(in AccountState state, in AccountCheck check, ref HedgeOutcome outcome);
}
