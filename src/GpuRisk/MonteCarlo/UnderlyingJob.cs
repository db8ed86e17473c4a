using GpuRisk.Kernels.Models;

namespace GpuRisk.MonteCarlo;

/// <summary>The options of one underlying and the model to simulate it with: one slot of a pricing walk.</summary>
/// <param name="Index">The underlying's index in the market (its random stream and Cholesky row).</param>
/// <param name="Spot">Today's spot, USD.</param>
/// <param name="Model">Risk-neutral dynamics.</param>
/// <param name="Options">Options on it (any order).</param>
/// <param name="ValueOnly">
/// Values only: no Greeks, and left out of the book's Greek errors. For jobs that ride along only for their
/// values, such as the base book a stress cell is differenced against.
/// </param>
public sealed record UnderlyingJob(int Index, double Spot, UnderlyingDynamics Model,
    IReadOnlyList<OptionJob> Options, bool ValueOnly = false);
