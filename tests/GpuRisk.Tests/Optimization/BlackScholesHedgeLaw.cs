using GpuRisk.Markets;
using GpuRisk.Optimization;

namespace GpuRisk.Tests.Optimization;

/// <summary>
/// The per-check law of a Black-Scholes book of constant gamma, the setting of the band formulas:
/// the target moves by Gamma dS, so its variance per check is Gamma^2 S^2 sigma^2 dt, and a coin of
/// mismatch risks E2 = S^2 sigma^2 dt (USD^2) over the check.
/// </summary>
internal static class BlackScholesHedgeLaw
{
    public static RegimeHedgeLaw Create(string name, double spot, double vol, double gamma, double checkYears,
        double feeBps = 0, double gasUsd = 0, double failProbability = 0, double impact = 0, double depthCoins = 1000,
        JumpSizeLaw? jump = null, double jumpProbability = 0)
    {
        double spotVariance = spot * spot * vol * vol * checkYears;
        return new RegimeHedgeLaw(name, spot, vol / Math.Sqrt(365), new CostModel(feeBps, impact, gasUsd, failProbability), depthCoins,
            new TargetIncrementLaw(gamma * gamma * spotVariance, jumpProbability, jump), spotVariance);
    }
}
