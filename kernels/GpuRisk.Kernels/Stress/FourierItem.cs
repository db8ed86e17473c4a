namespace GpuRisk.Kernels.Stress;

/// <summary>One (cell, option) pair priced by the Fourier integral of its group.</summary>
/// <param name="Kind"><see cref="InstrumentKind.Call"/> or <see cref="InstrumentKind.Put"/>.</param>
/// <param name="Spot">Shocked spot, USD.</param>
/// <param name="Strike">Strike, USD.</param>
/// <param name="Quantity">Signed coins.</param>
/// <param name="Group">Index of its <see cref="FourierGroup"/>.</param>
public readonly record struct FourierItem(InstrumentKind Kind, double Spot, double Strike, double Quantity, int Group);
