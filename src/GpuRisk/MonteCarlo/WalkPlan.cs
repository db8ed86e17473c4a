namespace GpuRisk.MonteCarlo;

/// <summary>
/// What a walk simulates, before it meets a device: the time grid, the slots and their dynamics per regime, the
/// correlation, the regime chain, the coefficient and state variants, and the steps an observer sees.
/// </summary>
/// <param name="Grid">Time grid; its points hold every instant the stage needs.</param>
/// <param name="Steps">Steps to walk from time 0 (at most the grid's).</param>
/// <param name="Slots">The simulated spot/variance pairs.</param>
/// <param name="Cholesky">Lower Cholesky factor of the spot-driver correlation of the streams (at least every slot's stream).</param>
/// <param name="TransitionPerDay">Row-stochastic per-day regime transition matrix (1 x 1: no switching).</param>
/// <param name="InitialRegime">Regime at time 0.</param>
/// <param name="CoefficientVariants">Coefficient tables; the first <paramref name="StateVariants"/> are walked as states.</param>
/// <param name="StateVariants">States kept per slot.</param>
/// <param name="Observed">Per grid step: the observer sees the state after it.</param>
/// <param name="ObserveStart">The observer also sees the state at time 0 (as step -1).</param>
public sealed record WalkPlan(
    TimeGrid Grid,
    int Steps,
    IReadOnlyList<WalkSlot> Slots,
    double[][] Cholesky,
    double[][] TransitionPerDay,
    int InitialRegime,
    IReadOnlyList<CoefficientVariantSpec> CoefficientVariants,
    int StateVariants,
    bool[] Observed,
    bool ObserveStart = false)
{
    /// <summary>Regimes of the chain.</summary>
    public int RegimeCount => TransitionPerDay.Length;

    /// <summary>Random streams (market underlyings) the walk draws.</summary>
    public int Streams => Cholesky.Length;

    /// <summary>Throws when the pieces do not fit together.</summary>
    public void Validate()
    {
        if (Steps < 0 || Steps > Grid.Steps) throw new ArgumentException($"{Steps} steps asked of a {Grid.Steps}-step grid");
        if (Observed.Length != Grid.Steps) throw new ArgumentException("one observation flag per grid step is needed");
        if (InitialRegime < 0 || InitialRegime >= RegimeCount) throw new ArgumentException($"initial regime {InitialRegime} out of range");
        if (StateVariants < 1 || StateVariants > CoefficientVariants.Count)
            throw new ArgumentException("state variants must be between 1 and the number of coefficient variants");
        foreach (WalkSlot slot in Slots)
        {
            if (slot.Stream < 0 || slot.Stream >= Streams) throw new ArgumentException($"slot stream {slot.Stream} has no Cholesky row");
            if (slot.Regimes.Count != RegimeCount) throw new ArgumentException("every slot needs dynamics for every regime");
        }
    }
}
