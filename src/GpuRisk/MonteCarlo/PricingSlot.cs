using GpuRisk.Kernels.Models;

namespace GpuRisk.MonteCarlo;

/// <summary>
/// One simulated spot/variance pair of a pricing simulation. Slots on the same stream draw the same normals, so
/// a vol-shocked copy of an underlying is walked on common random numbers with the original.
/// </summary>
/// <param name="Stream">The market underlying whose random numbers (and correlation row) it uses.</param>
/// <param name="Model">Risk-neutral dynamics it is walked with.</param>
public sealed record PricingSlot(int Stream, UnderlyingDynamics Model);
