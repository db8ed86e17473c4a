using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Optimization;

namespace GpuRisk.Tests.Optimization;

/// <summary>
/// Continuous-time optimal bands for the ergodic problem "trading cost + (G/2) x variance of the
/// hedging error" of a book of gamma Gamma (coins per USD) whose target moves with variance rate
/// a = Gamma^2 S^2 sigma^2 while a coin of mismatch risks s^2 = S^2 sigma^2 per unit time.
/// </summary>
internal static class BandFormulas
{
    /// <summary>
    /// beta = -zeta(1/2) / sqrt(2 pi): a Gaussian random walk watched once per step crosses a level
    /// beta sd later than the Brownian motion would (Broadie, Glasserman and Kou 1997, Mathematical
    /// Finance 7(4)). A check-by-check band h_d acts like a continuous band h_d + beta sd.
    /// </summary>
    public const double OvershootBeta = 0.5826;

    /// <summary>Whalley and Wilmott (1997): h = (3 kappa S Gamma^2 / (2 G))^(1/3), coins; trades go to the edge.</summary>
    public static double WhalleyWilmott(double kappaS, double gamma, double riskAversion) =>
        Math.Cbrt(3 * kappaS * gamma * gamma / (2 * riskAversion));

    /// <summary>Fixed cost K only: h = (12 K Gamma^2 / G)^(1/4), coins; trades go to the target (Korn 1998).</summary>
    public static double FixedCost(double gasUsd, double gamma, double riskAversion) =>
        Math.Pow(12 * gasUsd * gamma * gamma / riskAversion, 0.25);

    /// <summary>
    /// Long-run cost rate of "trade back to +-c on leaving (-b, b)" for Brownian motion of variance rate a,
    /// by renewal-reward: a cycle from c lasts (b^2 - c^2) / a on average, accumulates
    /// (b^4 - c^4) / (6 a) of m^2 dt, and costs K + kappa S (b - c):
    /// L(b, c) = (G s^2 / 12)(b^2 + c^2) + a (K + kappa S (b - c)) / (b^2 - c^2).
    /// c = b gives Whalley-Wilmott's and c = 0 the fixed-cost problem.
    /// </summary>
    public static double RenewalCostRate(double b, double c, double a, double s2, double kappaS, double gasUsd, double riskAversion) =>
        riskAversion * s2 / 12 * (b * b + c * c) + a * (gasUsd + kappaS * (b - c)) / (b * b - c * c);

    /// <summary>The (b, c) minimising <see cref="RenewalCostRate"/>, by Nelder-Mead (MathNet) from (0.2, 0.05).</summary>
    public static (double Trigger, double Reset) OptimalTriggerAndReset(double a, double s2, double kappaS, double gasUsd, double riskAversion)
    {
        IObjectiveFunction rate = ObjectiveFunction.Value(v =>
            v[0] > v[1] && v[1] >= 0 ? RenewalCostRate(v[0], v[1], a, s2, kappaS, gasUsd, riskAversion) : 1e10);
        MinimizationResult min = NelderMeadSimplex.Minimum(rate, Vector<double>.Build.Dense([0.2, 0.05]), 1e-15, 10000);
        return (min.MinimizingPoint[0], min.MinimizingPoint[1]);
    }
}
