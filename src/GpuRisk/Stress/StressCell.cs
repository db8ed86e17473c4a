namespace GpuRisk.Stress;

/// <summary>One cell of the risk matrix: a scenario applied to one underlying alone, or to all.</summary>
/// <param name="Underlying">The underlying shocked, or <see cref="StressResult.All"/>.</param>
/// <param name="SpotShock">Relative spot move of the shocked underlying(s).</param>
/// <param name="VolShock">Absolute vol move before time-to-expiry scaling.</param>
/// <param name="Total">The whole book.</param>
/// <param name="ByUnderlying">The book's positions on each underlying, indexed like <see cref="StressResult.Underlyings"/>.</param>
/// <param name="Errors">Standard errors of the total's Monte Carlo figures; null for analytic cells.</param>
/// <param name="ByUnderlyingErrors">Standard errors of each <paramref name="ByUnderlying"/> entry's Monte Carlo figures; null for analytic cells.</param>
public sealed record StressCell(
    string Underlying, double SpotShock, double VolShock, CellFigures Total, IReadOnlyList<CellFigures> ByUnderlying,
    CellErrors? Errors = null, IReadOnlyList<CellErrors>? ByUnderlyingErrors = null);
