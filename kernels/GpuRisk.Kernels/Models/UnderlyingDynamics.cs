namespace GpuRisk.Kernels.Models;

/// <summary>
/// One underlying's dynamics in one regime, as every engine sees them (device and host alike):
/// dS/S = (Drift - JumpLambda k) dt + sqrt(v) dW1 + (e^J - 1) dN, dv = Kappa (Theta - v) dt + Xi sqrt(v) dW2,
/// d&lt;W1, W2&gt; = Rho dt, N Poisson with intensity JumpLambda per year, J ~ N(JumpMean, JumpStdev^2),
/// k = E[e^J] - 1 (so Drift is the expected return, jumps compensated).
/// </summary>
/// <remarks>
/// <para>The models of DESIGN.md are special cases: Heston (no jumps), Bates (Heston plus jumps),
/// Black-Scholes (Kappa = Xi = 0 and V0 = Theta = vol^2) and Merton (Black-Scholes plus jumps).
/// A constant-volatility regime (Kappa = Xi = 0) holds its own Theta: on a switch into it the variance
/// becomes Theta, which is what a regime's <c>vol</c> override of a Black-Scholes underlying means; a
/// stochastic variance (Xi &gt; 0) carries over a switch, as DESIGN.md asks.</para>
/// <para>Drift is rate - carry for pricing (risk-neutral) and the market's real-world <c>drift</c> for
/// horizon simulation; the host's dynamics builder chooses.</para>
/// </remarks>
/// <param name="Drift">Expected spot return per year (jumps compensated).</param>
/// <param name="V0">Initial variance (0.36 = 60% vol).</param>
/// <param name="Kappa">Mean-reversion speed per year.</param>
/// <param name="Theta">Long-run variance.</param>
/// <param name="Xi">Volatility of variance (0: deterministic variance).</param>
/// <param name="Rho">Spot-variance correlation.</param>
/// <param name="JumpLambda">Jump intensity per year (0: no jumps).</param>
/// <param name="JumpMean">Mean of a log jump.</param>
/// <param name="JumpStdev">Standard deviation of a log jump.</param>
public readonly record struct UnderlyingDynamics(
    double Drift, double V0, double Kappa, double Theta, double Xi, double Rho,
    double JumpLambda, double JumpMean, double JumpStdev)
{
    /// <summary>Black-Scholes (Merton with jumps) at volatility <paramref name="vol"/>.</summary>
    public static UnderlyingDynamics ConstantVolatility(double drift, double vol, double jumpLambda = 0.0,
        double jumpMean = 0.0, double jumpStdev = 0.0) =>
        new(drift, vol * vol, 0.0, vol * vol, 0.0, 0.0, jumpLambda, jumpMean, jumpStdev);

    /// <summary>True when the variance is a constant of the regime (Black-Scholes, Merton).</summary>
    public bool IsConstantVolatility => Kappa == 0.0 && Xi == 0.0;

    /// <summary>True when jumps are present.</summary>
    public bool HasJumps => JumpLambda > 0.0;

    /// <summary>E[e^J] - 1: the drift compensator per unit of intensity.</summary>
    public double MeanRelativeJump => Math.Exp(JumpMean + 0.5 * JumpStdev * JumpStdev) - 1.0;

    /// <summary>
    /// sqrt(V0) and sqrt(Theta) both shifted by <paramref name="volShift"/> (absolute, 0.01 = one vol
    /// point): DESIGN.md's vega bump and the stress grid's vol shock, for every model.
    /// </summary>
    public UnderlyingDynamics ShiftVol(double volShift) =>
        this with { V0 = ShiftVariance(V0, volShift), Theta = ShiftVariance(Theta, volShift) };

    /// <summary>(sqrt(<paramref name="variance"/>) + <paramref name="volShift"/>)^2: a variance whose vol moves by the shift.</summary>
    public static double ShiftVariance(double variance, double volShift)
    {
        double vol = Math.Sqrt(variance) + volShift;
        return vol * vol;
    }

    /// <summary>
    /// Expected integrated variance over [0, <paramref name="years"/>] from variance <paramref name="v"/>:
    /// Theta T + (v - Theta) (1 - e^(-Kappa T)) / Kappa (the limit v T as Kappa T -&gt; 0).
    /// </summary>
    public double ExpectedIntegratedVariance(double v, double years) =>
        Theta * years + (v - Theta) * Decay(Kappa, years);

    /// <summary>(1 - e^(-kappa T)) / kappa, with its limit T as kappa T -&gt; 0 (below 1e-10 the difference cancels).</summary>
    public static double Decay(double kappa, double years) =>
        kappa * years < 1e-10 ? years : (1.0 - Math.Exp(-kappa * years)) / kappa;
}
