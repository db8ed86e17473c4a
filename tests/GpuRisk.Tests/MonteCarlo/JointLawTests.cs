using GpuRisk.Devices;
using GpuRisk.MonteCarlo;
using Xunit.Abstractions;

namespace GpuRisk.Tests.MonteCarlo;

/// <summary>Several underlyings and the regime chain: simulated laws against their definitions.</summary>
public sealed class JointLawTests(ITestOutputHelper output)
{
    /// <summary>
    /// Three Black-Scholes underlyings (stepped exactly, so log-returns are exactly Gaussian with
    /// correlation C): the sample correlation of 10-day log-returns matches C within 4 standard
    /// errors of Fisher's z (1 / sqrt(n - 3)).
    /// </summary>
    [Fact]
    public void Log_return_correlation_matches_the_input_matrix()
    {
        double[][] c = [[1.0, 0.8, 0.3], [0.8, 1.0, -0.2], [0.3, -0.2, 1.0]];
        double[][] l = Cholesky.Factor(c);
        const int n = 40_000;
        var grid = TimeGrid.Uniform(10, 1);
        using var session = DeviceSelector.Open(DeviceKind.Cpu);
        double[][] returns = new double[3][];
        double[] vols = [0.65, 0.75, 1.1];
        for (int u = 0; u < 3; u++)
        {
            var request = new StateRequest(u, l[u], [McHarness.BlackScholes(vols[u])], [[1.0]], 0, grid, 10, 10, 0, n, 42);
            returns[u] = PathStateSimulator.Simulate(session, request).LogReturn;
        }
        double se = 1 / Math.Sqrt(n - 3);
        for (int i = 0; i < 3; i++)
        {
            for (int j = 0; j < i; j++)
            {
                double r = MathNet.Numerics.Statistics.Correlation.Pearson(returns[i], returns[j]);
                output.WriteLine($"corr({i},{j}) = {r:F4} vs {c[i][j]}");
                Assert.InRange(Math.Atanh(r) - Math.Atanh(c[i][j]), -4 * se, 4 * se);
            }
        }
    }

    /// <summary>
    /// The chain's occupancy on day 10 is the initial row of P^10 (P the per-day matrix of
    /// DESIGN.md's example); each state's count within 4 binomial standard deviations.
    /// </summary>
    [Fact]
    public void Regime_occupancy_matches_the_matrix_power()
    {
        double[][] p = [[0.95, 0.05, 0.0], [0.03, 0.94, 0.03], [0.0, 0.15, 0.85]];
        const int days = 10, n = 50_000, initial = 1;
        double[] law = [0, 0, 0];
        law[initial] = 1;
        for (int d = 0; d < days; d++)
        {
            law = [.. Enumerable.Range(0, 3).Select(j => Enumerable.Range(0, 3).Sum(i => law[i] * p[i][j]))];
        }
        var regimes = new[] { McHarness.Heston(0.2, 2, 0.2, 0.5, -0.5), McHarness.Heston(0.3, 2, 0.3, 0.8, -0.5), McHarness.Heston(0.6, 2, 0.8, 1.2, -0.5) };
        using var session = DeviceSelector.Open(DeviceKind.Cpu);
        var request = new StateRequest(0, [1.0], regimes, p, initial, TimeGrid.Uniform(days, 1), days, days, 0, n, 7);
        int[] states = PathStateSimulator.Simulate(session, request).Regime;
        for (int j = 0; j < 3; j++)
        {
            double count = states.Count(s => s == j);
            double sd = Math.Sqrt(n * law[j] * (1 - law[j]));
            output.WriteLine($"state {j}: {count} vs {n * law[j]:F0} (sd {sd:F0})");
            Assert.InRange(count, n * law[j] - 4 * sd, n * law[j] + 4 * sd);
        }
    }

    /// <summary>
    /// Every underlying's pass sees the same regime path: the chain depends only on (seed, path, day).
    /// </summary>
    [Fact]
    public void Every_underlying_sees_the_same_regimes()
    {
        double[][] p = [[0.9, 0.1], [0.2, 0.8]];
        var regimes = new[] { McHarness.BlackScholes(0.5), McHarness.BlackScholes(0.9) };
        using var session = DeviceSelector.Open(DeviceKind.Cpu);
        double[][] l = Cholesky.Factor([[1.0, 0.5], [0.5, 1.0]]);
        int[][] seen = [.. Enumerable.Range(0, 2).Select(u => PathStateSimulator.Simulate(session,
            new StateRequest(u, l[u], regimes, p, 0, TimeGrid.Uniform(10, 2), 10, 5, 100, 2000, 11)).Regime)];
        Assert.Equal(seen[0], seen[1]);
        Assert.Contains(1, seen[0]);
    }
}
