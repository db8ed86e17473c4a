namespace GpuRisk.MonteCarlo;

/// <summary>The options of one underlying and the model to simulate it with.</summary>
/// <param name="Index">The underlying's index in the market (its random streams and Cholesky row).</param>
/// <param name="Spot">Today's spot, USD.</param>
/// <param name="Model">Risk-neutral dynamics.</param>
/// <param name="CholeskyRow">Row <paramref name="Index"/> of the spot-correlation Cholesky factor, entries 0..Index.</param>
/// <param name="Options">Options on it (any order).</param>
/// <param name="ValueOnly">
/// Values only: no Greeks (no bumped paths), and left out of the book's Greek errors. For jobs that ride
/// along only for their values, such as the base book a stress cell is differenced against.
/// </param>
public sealed record UnderlyingJob(int Index, double Spot, DiffusionParameters Model, double[] CholeskyRow,
    IReadOnlyList<OptionJob> Options, bool ValueOnly = false);
