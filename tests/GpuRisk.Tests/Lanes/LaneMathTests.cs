using System.Runtime.Intrinsics;
using GpuRisk.Kernels.Lanes;
using GpuRisk.Kernels.Numerics;
using GpuRisk.Kernels.Random;

namespace GpuRisk.Tests.Lanes;

/// <summary>
/// The 16-lane math (<see cref="Float512Math"/>) against the scalar float math every ILGPU kernel uses, lane by lane:
/// integer and exact operations bit for bit, the elementary functions within float rounding.
/// </summary>
public sealed class LaneMathTests
{
    private static readonly Vector512<uint> LaneIndex = Vector512.Create(0u, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15);

    /// <summary>
    /// Random123's known answers (see PhiloxTests) in lane 0, and in every lane the scalar generator's block for that
    /// lane's counter: the lane stream is the thread stream, bit for bit.
    /// </summary>
    [Theory]
    [InlineData(0u, 0u, 0u, 0u, 0u, 0u, 0x6627e8d5u)]
    [InlineData(0xffffffffu, 0xffffffffu, 0xffffffffu, 0xffffffffu, 0xffffffffu, 0xffffffffu, 0x408f276du)]
    [InlineData(0x243f6a88u, 0x85a308d3u, 0x13198a2eu, 0x03707344u, 0xa4093822u, 0x299f31d0u, 0xd16cfe09u)]
    public void Philox_lanes_are_the_scalar_generator(uint c0, uint c1, uint c2, uint c3, uint k0, uint k1, uint expectedWord0)
    {
        Vector512<uint> counters = Vector512.Create(c0) + LaneIndex * Vector512.Create(0x9E3779B9u);
        PhiloxBlock<Vector512<uint>> lanes = Philox4x32.Generate<Vector512<uint>, Float512Math>(counters, Vector512.Create(c1),
            Vector512.Create(c2), Vector512.Create(c3), k0, k1);
        Assert.Equal(expectedWord0, lanes.X0[0]);
        for (int lane = 0; lane < Float512.Lanes; lane++)
        {
            PhiloxBlock<uint> one = Philox4x32.Generate(counters[lane], c1, c2, c3, k0, k1);
            Assert.Equal((one.X0, one.X1, one.X2, one.X3), (lanes.X0[lane], lanes.X1[lane], lanes.X2[lane], lanes.X3[lane]));
        }
    }

    /// <summary>Uniforms are exact in both (a 23-bit integer plus a half, times a power of two): equal, extremes included.</summary>
    [Fact]
    public void Uniforms_are_bit_for_bit_the_scalar_ones()
    {
        Vector512<uint> bits = Vector512.Create(0u, 1, 0x1FF, 0x200, 0x7FFF_FFFF, 0x8000_0000, 0xFFFF_FE00, 0xFFFF_FFFE, 0xFFFF_FFFF,
            12345, 0xDEAD_BEEF, 42, 0x0000_0400, 0xFFFF_FC00, 0x1234_5678, 0x9ABC_DEF0);
        Float512 lanes = Float512Math.Uniform(bits);
        for (int lane = 0; lane < Float512.Lanes; lane++)
        {
            Assert.Equal(FloatMath.Uniform(bits[lane]), lanes[lane]);
        }
    }

    /// <summary>
    /// Log, Exp, Phi and the Box-Muller sine and cosine over their ranges in a kernel: within 3 float ulps of the
    /// scalar functions (relative 4e-7; absolute 1e-7 where the value crosses zero), the rounding of two 1-ulp
    /// implementations. The polynomials (sin, cos, Phi) are shared, so they differ only through Exp.
    /// </summary>
    [Fact]
    public void Elementary_functions_agree_with_the_scalar_ones_to_float_rounding()
    {
        var random = new System.Random(11);
        for (int trial = 0; trial < 4000; trial++)
        {
            float[] uniform = [.. Enumerable.Range(0, 16).Select(_ => FloatMath.Uniform((uint)random.NextInt64(0, 1L << 32)))];
            float[] wide = [.. uniform.Select(u => (u - 0.5f) * 40.0f)];
            float[] positive = [.. uniform.Select(u => MathF.Exp((u - 0.5f) * 80.0f))];
            Check(Float512Math.Log(Lanes(positive)), positive, FloatMath.Log);
            Check(Float512Math.Exp(Lanes(wide)), wide, FloatMath.Exp);
            Check(Float512Math.NormalCdf(Lanes(wide)), wide, FloatMath.NormalCdf);
            Float512Math.SinCosTwoPi(Lanes(uniform), out Float512 sine, out Float512 cosine);
            Check(sine, uniform, t => { FloatMath.SinCosTwoPi(t, out float s, out _); return s; });
            Check(cosine, uniform, t => { FloatMath.SinCosTwoPi(t, out _, out float c); return c; });
        }
    }

    private static Float512 Lanes(float[] values) => new(Vector512.Create<float>(values));

    private static void Check(Float512 actual, float[] arguments, Func<float, float> scalar)
    {
        for (int lane = 0; lane < Float512.Lanes; lane++)
        {
            float expected = scalar(arguments[lane]);
            Assert.True(Math.Abs(actual[lane] - expected) <= Math.Max(4e-7 * Math.Abs(expected), 1e-7),
                $"at {arguments[lane]:R}: lanes {actual[lane]:R}, scalar {expected:R}");
        }
    }
}
