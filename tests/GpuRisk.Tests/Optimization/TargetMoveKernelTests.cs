using GpuRisk.Optimization;

namespace GpuRisk.Tests.Optimization;

/// <summary>The target's move on the grid, backward on values and forward on distributions.</summary>
public sealed class TargetMoveKernelTests
{
    private const int Points = 41;
    private static readonly LatticeMass Move = LatticeMass.Normal(0.7, 4.3, 1.0).Mix(0.1, LatticeMass.Points([-25.0, 12.5], 1.0));

    /// <summary>
    /// Spread is the adjoint of Expect: sum p . E[v] = sum Spread(p) . v for any p and v, edges included
    /// (both clamp the same way), to rounding; and Spread keeps total mass.
    /// </summary>
    [Fact]
    public void Spread_is_the_adjoint_of_expect_and_keeps_mass()
    {
        var kernel = new TargetMoveKernel(Move, Points);
        var rng = new Random(1234);
        double[] p = Enumerable.Range(0, Points).Select(_ => rng.NextDouble()).ToArray();
        double[] v = Enumerable.Range(0, Points).Select(_ => rng.NextDouble() - 0.5).ToArray();
        var expected = new double[Points];
        var spread = new double[Points];
        kernel.Expect(v, expected);
        kernel.Spread(p, spread);
        Assert.Equal(p.Zip(expected, (a, b) => a * b).Sum(), spread.Zip(v, (a, b) => a * b).Sum(), 1e-12);
        Assert.Equal(p.Sum(), spread.Sum(), 1e-12);
    }

    /// <summary>Expect against the definition E[v(clamp(i - J))], summed over the move's support.</summary>
    [Fact]
    public void Expect_matches_the_definition()
    {
        var kernel = new TargetMoveKernel(Move, Points);
        double[] v = Enumerable.Range(0, Points).Select(i => Math.Sin(0.3 * i)).ToArray();
        var expected = new double[Points];
        kernel.Expect(v, expected);
        for (int i = 0; i < Points; i++)
        {
            double direct = 0;
            for (int j = Move.MinOffset; j <= Move.MaxOffset; j++) direct += Move.Weight(j) * v[Math.Clamp(i - j, 0, Points - 1)];
            Assert.Equal(direct, expected[i], 1e-12);
        }
    }
}
