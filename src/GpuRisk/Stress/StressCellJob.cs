namespace GpuRisk.Stress;

/// <summary>Where one stress cell's figures come from in a <see cref="StressSimulationJob"/>.</summary>
/// <param name="Options">Per position: the option it is valued by in the cell (its base option when unshocked), or -1 for a linear position.</param>
/// <param name="PartOf">Per book underlying: the part of its per-path change, or -1 when the cell leaves it exactly unchanged.</param>
/// <param name="TotalPart">The part of the whole book's per-path change, or -1 when exactly unchanged.</param>
internal sealed record StressCellJob(int[] Options, int[] PartOf, int TotalPart);
