using GpuRisk.Optimization;

namespace GpuRisk.Tests.Optimization;

/// <summary>The divide-and-conquer cheapest trade against brute force over every landing point.</summary>
public sealed class MinConvolutionTests
{
    /// <summary>
    /// Rough values (random, seed 1234, plus a bowl) and a convex trade cost (fee plus |q|^1.5 impact,
    /// or fee alone, whose ties stress the leftmost rule): the minimum and the leftmost minimiser agree
    /// exactly with trying every point.
    /// </summary>
    [Theory]
    [InlineData(0.3, 0.05)]
    [InlineData(0.3, 0.0)]
    [InlineData(0.0, 0.2)]
    public void Matches_brute_force(double fee, double impact)
    {
        const int n = 97;
        var rng = new Random(1234);
        double[] values = Enumerable.Range(0, n).Select(i => 0.01 * (i - 40) * (i - 40) + rng.NextDouble()).ToArray();
        double[] cost = Enumerable.Range(0, n).Select(d => fee * d + impact * Math.Pow(d, 1.5)).ToArray();
        var minimum = new double[n];
        var argmin = new int[n];
        MinConvolution.Solve(cost, values, minimum, argmin);
        for (int i = 0; i < n; i++)
        {
            int best = 0;
            for (int y = 1; y < n; y++)
            {
                if (cost[Math.Abs(y - i)] + values[y] < cost[Math.Abs(best - i)] + values[best]) best = y;
            }
            Assert.Equal(best, argmin[i]);
            Assert.Equal(cost[Math.Abs(best - i)] + values[best], minimum[i]);
        }
    }
}
