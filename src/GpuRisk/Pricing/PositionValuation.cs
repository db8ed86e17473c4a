namespace GpuRisk.Pricing;

/// <summary>The valuation of one book position (quantity included).</summary>
/// <param name="Id">The position's id.</param>
/// <param name="Underlying">Its underlying.</param>
/// <param name="Figures">Value, stderr and Greeks.</param>
/// <param name="GreekErrors">Standard errors of the Greeks when they are Monte Carlo estimates; null when exact.</param>
public sealed record PositionValuation(string Id, string Underlying, Valuation Figures, GreekStdErrs? GreekErrors = null);
