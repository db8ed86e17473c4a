namespace GpuRisk.Kernels.Hedging;

/// <summary>
/// Volatility targeting (<c>voltarget:underlying=U,target=S,cap=L</c>): hold the underlying at leverage
/// min(L, S / sigma_hat) of wealth, sigma_hat estimated from the path's realised returns by an exponentially weighted
/// average (RiskMetrics decay 0.94 per day, started from the model's current variance).
/// </summary>
/// <remarks>J.P. Morgan/Reuters, RiskMetrics Technical Document, 4th ed., 1996, for the EWMA estimator;
/// A. Moreira and T. Muir, "Volatility-managed portfolios", J. Finance 72(4), 2017, for the strategy.</remarks>
public struct VolTargetRule : IAccountRule
{
    /// <summary>Target volatility, annualised.</summary>
    public double Target;
    /// <summary>Largest leverage.</summary>
    public double Cap;
    /// <summary>EWMA decay per day.</summary>
    public double DecayPerDay;

    /// <inheritdoc/>
    public AccountState Start(in AccountCheck check) => new() { VarianceEstimate = check.Variance };

    /// <inheritdoc/>
    public double Holdings(ref AccountState state, in AccountCheck check)
    {
        double dt = check.Years - check.PreviousYears;
        if (dt > 0)
        {
            double r = Math.Log(check.Spot / check.PreviousSpot);
            double weight = Math.Pow(DecayPerDay, dt * 365.0);
            state.VarianceEstimate = weight * state.VarianceEstimate + (1 - weight) * r * r / dt;
        }
        double vol = Math.Sqrt(state.VarianceEstimate > 0 ? state.VarianceEstimate : 0.0);
        double leverage = vol > 0 ? Math.Min(Cap, Target / vol) : Cap;
        return leverage * check.Wealth / check.Spot;
    }

    /// <inheritdoc/>
    public void Finish(in AccountState state, in AccountCheck check, ref HedgeOutcome outcome)
    {
    }
}
