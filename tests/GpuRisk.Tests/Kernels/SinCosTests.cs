using GpuRisk.Kernels.Numerics;

namespace GpuRisk.Tests.Kernels;

public sealed class SinCosTests
{
    /// <summary>
    /// FloatMath's polynomial sin/cos of 2 pi t against double-precision Math.Sin/Math.Cos, over
    /// the float uniforms Box-Muller draws, every 256th of the 2^23 (all quadrant switches
    /// included). Tolerance 3e-7 absolute: about 2.5 float ulps
    /// of 1; MathF.Sin/Cos of the rounded float angle 2 pi t, which the kernels used before, err by
    /// up to ~4e-7 here because the float angle itself carries that error.
    /// </summary>
    [Fact]
    public void Float_sincos_of_turns_matches_double_precision()
    {
        double worst = 0;
        for (uint top = 0; top < 1u << 23; top += 1u << 8)
        {
            float t = FloatMath.Uniform(top << 9);
            FloatMath.SinCosTwoPi(t, out float sine, out float cosine);
            double angle = 2.0 * Math.PI * t;
            worst = Math.Max(worst, Math.Max(Math.Abs(sine - Math.Sin(angle)), Math.Abs(cosine - Math.Cos(angle))));
        }
        Assert.InRange(worst, 0.0, 3e-7);
    }

    /// <summary>Identity: the double version is Math.Sin/Math.Cos of 2 pi t.</summary>
    [Theory]
    [InlineData(0.1)]
    [InlineData(0.375)]
    [InlineData(0.9)]
    public void Double_sincos_of_turns_is_the_library_function(double t)
    {
        DoubleMath.SinCosTwoPi(t, out double sine, out double cosine);
        Assert.Equal(Math.Sin(2.0 * Math.PI * t), sine);
        Assert.Equal(Math.Cos(2.0 * Math.PI * t), cosine);
    }
}
