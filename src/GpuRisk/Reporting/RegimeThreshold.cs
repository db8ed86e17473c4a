namespace GpuRisk.Reporting;

/// <summary>One regime's no-trade band for one underlying, as the thresholds chart draws it.</summary>
/// <param name="Regime">The regime's name.</param>
/// <param name="BandCoins">Band half-width h, coins: no trade while abs(hedge - target) &lt;= h.</param>
/// <param name="ResetCoins">Reset distance r, coins: a trade lands r from the target (0 &lt;= r &lt;= h).</param>
public readonly record struct RegimeThreshold(string Regime, double BandCoins, double ResetCoins);
