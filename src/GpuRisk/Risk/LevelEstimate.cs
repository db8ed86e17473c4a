namespace GpuRisk.Risk;

/// <summary>VaR and ES at one confidence level, positive losses in USD, with 95% two-sided intervals.</summary>
/// <param name="Level">Confidence level p (0.99).</param>
/// <param name="Var">VaR_p = -q_(1-p)(P&amp;L).</param>
/// <param name="VarLow">Lower end of VaR's interval (order statistics, distribution-free).</param>
/// <param name="VarHigh">Upper end of VaR's interval.</param>
/// <param name="Es">ES_p, the mean loss beyond VaR_p.</param>
/// <param name="EsLow">Lower end of ES's interval (asymptotic normal).</param>
/// <param name="EsHigh">Upper end of ES's interval.</param>
/// <param name="Contributions">Euler allocation of ES per underlying (they sum to <paramref name="Es"/>).</param>
public sealed record LevelEstimate(double Level, double Var, double VarLow, double VarHigh, double Es, double EsLow, double EsHigh,
    double[] Contributions);
