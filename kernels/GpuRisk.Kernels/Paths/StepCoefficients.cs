namespace GpuRisk.Kernels.Paths;

/// <summary>
/// Everything one time step of one regime needs that does not depend on the path's state,
/// computed once on the host (notation of Andersen 2008, "Simple and efficient simulation of the
/// Heston stochastic volatility model", J. Comp. Finance 11(3), sections 3.2.4 and 4.1, with
/// gamma1 = gamma2 = 1/2).
/// </summary>
/// <remarks>
/// Over a step of dt years from variance v to v':
/// E[v' | v] = MeanConst + MeanSlope v, Var[v' | v] = VarConst + VarSlope v, and
/// ln S' = ln S + Drift + K0 + K1 v + K2 v' + sqrt(K3 v + K4 v' + K5) Zperp + jumps.
/// Deterministic-variance steps (xi = 0) set <see cref="Deterministic"/>, v' = E[v' | v] and the integrated
/// variance I = K5 + K3 v, which makes the log step exact. A constant-volatility regime (Black-Scholes,
/// Merton) has MeanSlope = K3 = 0: its step uses the regime's own variance whatever the path carried in.
/// </remarks>
public struct StepCoefficients<T> where T : unmanaged
{
    /// <summary>Step length, years.</summary>
    public T Dt;
    /// <summary>(mu - lambda (E[e^J] - 1)) dt: the log drift before the variance terms.</summary>
    public T Drift;
    /// <summary>theta (1 - e^(-kappa dt)).</summary>
    public T MeanConst;
    /// <summary>e^(-kappa dt).</summary>
    public T MeanSlope;
    /// <summary>theta xi^2 (1 - e^(-kappa dt))^2 / (2 kappa).</summary>
    public T VarConst;
    /// <summary>xi^2 e^(-kappa dt) (1 - e^(-kappa dt)) / kappa.</summary>
    public T VarSlope;
    /// <summary>Andersen's K0 (used when the martingale correction is not defined).</summary>
    public T K0;
    /// <summary>Andersen's K1.</summary>
    public T K1;
    /// <summary>Andersen's K2.</summary>
    public T K2;
    /// <summary>Andersen's K3.</summary>
    public T K3;
    /// <summary>Andersen's K4.</summary>
    public T K4;
    /// <summary>Constant Gaussian variance (deterministic-variance steps only).</summary>
    public T K5;
    /// <summary>K2 + K4 / 2: the exponent of the martingale correction E[exp(A v')].</summary>
    public T A;
    /// <summary>Spot/variance correlation rho.</summary>
    public T Rho;
    /// <summary>sqrt(1 - rho^2).</summary>
    public T RhoComplement;
    /// <summary>Expected jump count lambda dt.</summary>
    public T JumpIntensity;
    /// <summary>
    /// e^(-lambda dt), the probability of no jump in the step: computed on the host, so every device and lane type
    /// inverts the Poisson count against the very same number (an exponential rounded differently would move the
    /// count of the rare uniform that falls between the two roundings).
    /// </summary>
    public T NoJumpProbability;
    /// <summary>Mean of a log jump.</summary>
    public T JumpMean;
    /// <summary>Standard deviation of a log jump.</summary>
    public T JumpStdev;
    /// <summary>
    /// 1 when the variance is deterministic over the step (xi = 0, e.g. Black-Scholes), else 0. A number like every
    /// other field, so a SIMD walk loads a lane's coefficients as <see cref="FieldCount"/> numbers of type T.
    /// </summary>
    public T Deterministic;

    /// <summary>Number of fields, every one of type T.</summary>
    public const int FieldCount = 20;
}
