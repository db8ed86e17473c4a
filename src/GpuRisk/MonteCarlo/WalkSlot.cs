using GpuRisk.Kernels.Models;

namespace GpuRisk.MonteCarlo;

/// <summary>One simulated spot/variance pair of a walk (see <see cref="Kernels.Paths.WalkInputs{T}"/>).</summary>
/// <param name="Stream">The market underlying whose random numbers (and correlation row) it uses.</param>
/// <param name="Regimes">Its dynamics in each regime of the chain (one entry when nothing switches).</param>
/// <param name="LastStep">The last step it must take (-1: none).</param>
public sealed record WalkSlot(int Stream, IReadOnlyList<UnderlyingDynamics> Regimes, int LastStep);
