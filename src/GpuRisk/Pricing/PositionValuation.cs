namespace GpuRisk.Pricing;

/// <summary>The valuation of one book position (quantity included).</summary>
public sealed record PositionValuation(string Id, string Underlying, Valuation Figures);
