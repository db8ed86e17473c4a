using MathNet.Numerics;

namespace GpuRisk.Pricing.Analytic;

/// <summary>Standard normal density and distribution function.</summary>
/// <remarks>
/// Phi(x) = erfc(-x / sqrt 2) / 2 rather than 1 - Phi(-x) or MathNet's <c>Normal.CDF</c> forms that
/// subtract from one: erfc (MathNet's port of Boost's rational approximations) keeps full relative
/// accuracy far into the lower tail, so deep out-of-the-money prices such as 1e-30 USD stay accurate
/// relative to themselves instead of drowning in 1e-16 absolute error.
/// </remarks>
internal static class NormalDistribution
{
    private const double InvSqrt2 = 0.70710678118654752440;
    private const double InvSqrt2Pi = 0.39894228040143267794;

    /// <summary>Phi(x), with full relative accuracy for x far below zero.</summary>
    public static double Cdf(double x) => 0.5 * SpecialFunctions.Erfc(-x * InvSqrt2);

    /// <summary>The density phi(x) = exp(-x^2/2) / sqrt(2 pi).</summary>
    public static double Pdf(double x) => InvSqrt2Pi * Math.Exp(-0.5 * x * x);
}
