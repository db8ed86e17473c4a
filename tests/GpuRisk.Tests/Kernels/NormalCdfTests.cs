using GpuRisk.Kernels.Numerics;
using MathNet.Numerics;

namespace GpuRisk.Tests.Kernels;

/// <summary>The normal distribution function of each number type against MathNet's erfc (an independent implementation).</summary>
public sealed class NormalCdfTests
{
    [Fact]
    public void Double_cdf_matches_erfc_in_both_tails_and_the_centre()
    {
        for (double x = -36.0; x <= 8.0; x += 0.01)
        {
            double expected = 0.5 * SpecialFunctions.Erfc(-x / Math.Sqrt(2.0));
            double actual = DoubleMath.NormalCdf(x);
            // Series and continued fraction were measured at < 3e-13 relative against erfc; 1e-12 leaves margin
            // for the reference's own rounding. Absolute 1e-15 covers the upper half, where 1 - Phi rounds.
            Assert.True(Math.Abs(actual - expected) <= 1e-12 * expected + 1e-15, $"x={x}: {actual:R} vs {expected:R}");
        }
    }

    [Fact]
    public void Float_cdf_keeps_float_relative_accuracy_in_the_lower_tail()
    {
        for (double x = -12.0; x <= 6.0; x += 0.01)
        {
            double expected = 0.5 * SpecialFunctions.Erfc(-x / Math.Sqrt(2.0));
            double actual = FloatMath.NormalCdf((float)x);
            // Numerical Recipes' erfcc: fractional error below 1.2e-7, plus float rounding of x and of the result
            // (a few ulps, ~4e-7 relative); the argument's own rounding moves Phi by phi(x) |x| 6e-8.
            double argumentRounding = Math.Exp(-0.5 * x * x) / Math.Sqrt(2 * Math.PI) * Math.Abs(x) * 6e-8;
            Assert.True(Math.Abs(actual - expected) <= 5e-7 * expected + argumentRounding + 1e-7 * (1 - expected),
                $"x={x}: {actual:R} vs {expected:R}");
        }
    }
}
