namespace GpuRisk.Reporting;

/// <summary>One confidence level's VaR and ES to mark on a P&amp;L histogram.</summary>
/// <param name="Level">Confidence level as a decimal (0.99).</param>
/// <param name="VarUsd">Value at risk in USD, a positive loss: the line is drawn at P&amp;L = -VarUsd.</param>
/// <param name="EsUsd">Expected shortfall in USD, a positive loss: the line is drawn at P&amp;L = -EsUsd.</param>
public readonly record struct VarMark(double Level, double VarUsd, double EsUsd);
