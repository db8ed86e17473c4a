using GpuRisk.Kernels.Numerics;
using GpuRisk.Kernels.Random;

namespace GpuRisk.Tests.Kernels;

public sealed class PhiloxTests
{
    // Source: Random123 1.14 (D. E. Shaw Research), examples/kat_vectors, lines "philox4x32 10":
    // counter (4 words), key (2 words), expected output (4 words).
    [Theory]
    [InlineData(0u, 0u, 0u, 0u, 0u, 0u, 0x6627e8d5u, 0xe169c58du, 0xbc57ac4cu, 0x9b00dbd8u)]
    [InlineData(0xffffffffu, 0xffffffffu, 0xffffffffu, 0xffffffffu, 0xffffffffu, 0xffffffffu,
        0x408f276du, 0x41c83b0eu, 0xa20bc7c6u, 0x6d5451fdu)]
    [InlineData(0x243f6a88u, 0x85a308d3u, 0x13198a2eu, 0x03707344u, 0xa4093822u, 0x299f31d0u,
        0xd16cfe09u, 0x94fdccebu, 0x5001e420u, 0x24126ea1u)]
    public void Matches_Random123_known_answers(uint c0, uint c1, uint c2, uint c3, uint k0, uint k1,
        uint e0, uint e1, uint e2, uint e3)
    {
        PhiloxBlock<uint> b = Philox4x32.Generate(c0, c1, c2, c3, k0, k1);
        Assert.Equal((e0, e1, e2, e3), (b.X0, b.X1, b.X2, b.X3));
    }

    [Fact]
    public void Uniforms_are_strictly_inside_the_unit_interval()
    {
        // Identity: the extreme bit patterns must map inside (0, 1), or Box-Muller takes log(0).
        foreach (uint bits in new[] { 0u, 1u, 0xffffffffu, 0xfffffffeu })
        {
            Assert.True(FloatMath.Uniform(bits) is > 0f and < 1f);
            Assert.True(DoubleMath.Uniform(bits) is > 0.0 and < 1.0);
        }
    }

    [Fact]
    public void Box_Muller_normals_have_unit_moments()
    {
        // 2 x 200k draws: mean within 4 standard errors (4/sqrt(n)) of 0, variance of 1
        // (the variance estimate's stderr is sqrt(2/n)).
        var stream = new PhiloxStream(1234);
        const int n = 200_000;
        double sum = 0, squares = 0, cross = 0;
        for (int i = 0; i < n; i++)
        {
            PhiloxBlock<uint> block = stream.Block(i, 0, RandomPurpose.Diffusion);
            Normal.BoxMuller<double, bool, uint, DoubleMath>(block.X0, block.X1, out double a, out double b);
            sum += a + b;
            squares += a * a + b * b;
            cross += a * b;
        }
        Assert.InRange(sum / (2 * n), -4 / Math.Sqrt(2 * n), 4 / Math.Sqrt(2 * n));
        Assert.InRange(squares / (2 * n), 1 - 4 * Math.Sqrt(2.0 / (2 * n)), 1 + 4 * Math.Sqrt(2.0 / (2 * n)));
        Assert.InRange(cross / n, -4 / Math.Sqrt(n), 4 / Math.Sqrt(n));
    }

    [Fact]
    public void Normal_cdf_matches_reference_values()
    {
        // Reference: Phi from MathNet.Numerics (Normal.CDF, double precision); the erfc fit's
        // fractional error is below 1.2e-7 (Numerical Recipes 6.2), so 2e-7 relative.
        foreach (double x in new[] { -8.0, -5.0, -2.0, -0.5, 0.0, 0.3, 1.0, 3.0, 6.0 })
        {
            double expected = MathNet.Numerics.Distributions.Normal.CDF(0, 1, x);
            Assert.Equal(expected, DoubleMath.NormalCdf(x), expected * 2e-7);
        }
    }
}
