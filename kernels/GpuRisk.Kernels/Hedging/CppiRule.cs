namespace GpuRisk.Kernels.Hedging;

/// <summary>
/// Constant proportion portfolio insurance (<c>cppi:underlying=U,floor=F,m=M</c>): exposure M x (wealth - floor) in the
/// underlying, the floor F x initial capital accreting at the rate; once wealth is at or below the floor at a check,
/// everything goes to cash for good.
/// </summary>
/// <remarks>
/// References: F. Black and R. Jones, "Simplifying portfolio insurance", J. Portfolio Management 14(1), 1987;
/// R. Cont and P. Tankov, "Constant proportion portfolio insurance in the presence of jumps in asset prices",
/// Mathematical Finance 19(3), 2009 (breach by a jump below ln(1 - 1/M)); S. Balder, M. Brandl and A. Mahayni,
/// "Effectiveness of CPPI strategies under discrete-time trading", J. Economic Dynamics and Control 33(1), 2009.
/// </remarks>
public struct CppiRule : IAccountRule
{
    /// <summary>Floor as a fraction of initial capital, at time 0.</summary>
    public double Floor;
    /// <summary>The multiplier M.</summary>
    public double Multiplier;

    /// <inheritdoc/>
    public AccountState Start(in AccountCheck check) => default;

    /// <inheritdoc/>
    public double Holdings(ref AccountState state, in AccountCheck check)
    {
        double floor = FloorAt(check);
        if (state.Breached != 0 || check.Wealth <= floor)
        {
            state.Breached = 1;
            return 0.0;
        }
        return Multiplier * (check.Wealth - floor) / check.Spot;
    }

    /// <inheritdoc/>
    public void Finish(in AccountState state, in AccountCheck check, ref HedgeOutcome outcome)
    {
        double floor = FloorAt(check);
        outcome.Breached = state.Breached != 0 || check.Wealth <= floor ? 1 : 0;
        outcome.Shortfall = check.Wealth < floor ? (floor - check.Wealth) / check.Capital : 0.0;
    }

    private readonly double FloorAt(in AccountCheck check) => Floor * check.Capital * Math.Exp(check.Rate * check.Years);
}
