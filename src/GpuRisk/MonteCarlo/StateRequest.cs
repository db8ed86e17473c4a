namespace GpuRisk.MonteCarlo;

/// <summary>
/// Paths of one underlying to simulate to a horizon, under a (possibly regime-switching) model.
/// </summary>
/// <param name="Underlying">Index of the underlying in the market (its random streams).</param>
/// <param name="CholeskyRow">Row <paramref name="Underlying"/> of the spot-correlation Cholesky factor.</param>
/// <param name="Regimes">Dynamics per regime (one entry: no switching). Variance carries over a switch.</param>
/// <param name="TransitionPerDay">Row-stochastic per-day transition matrix between <paramref name="Regimes"/>.</param>
/// <param name="InitialRegime">Regime on day 0.</param>
/// <param name="Grid">Time grid (its steps' days drive the chain).</param>
/// <param name="Steps">Steps to simulate from time 0.</param>
/// <param name="HorizonDay">Day whose regime is reported.</param>
/// <param name="PathStart">First global path index.</param>
/// <param name="PathCount">Paths to simulate.</param>
/// <param name="Seed">Philox key.</param>
/// <param name="Precision">Kernel number type.</param>
public sealed record StateRequest(
    int Underlying,
    double[] CholeskyRow,
    IReadOnlyList<DiffusionParameters> Regimes,
    double[][] TransitionPerDay,
    int InitialRegime,
    TimeGrid Grid,
    int Steps,
    int HorizonDay,
    long PathStart,
    int PathCount,
    ulong Seed,
    Precision Precision = Precision.Float);
