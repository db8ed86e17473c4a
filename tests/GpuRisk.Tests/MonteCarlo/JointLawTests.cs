using GpuRisk.Devices;
using GpuRisk.Kernels.Models;
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
        using var session = DeviceSelector.Open(DeviceKind.Cpu);
        double[] vols = [0.65, 0.75, 1.1];
        WalkPlan plan = Plan([.. vols.Select((v, u) => new WalkSlot(u, [McHarness.BlackScholes(v)], 9))], l, [[1.0]], 0, 10, 1);
        SimulatedStates states = StateSimulation.Run(session, plan, 0, n, 42);
        double[][] returns = [.. Enumerable.Range(0, 3).Select(u => states.LogSpotOf(0, u))];
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
        WalkPlan plan = Plan([new WalkSlot(0, regimes, days - 1)], [[1.0]], p, initial, days, 1);
        int[] states = StateSimulation.Run(session, plan, 0, n, 7).RegimeOf(0);
        for (int j = 0; j < 3; j++)
        {
            double count = states.Count(s => s == j);
            double sd = Math.Sqrt(n * law[j] * (1 - law[j]));
            output.WriteLine($"state {j}: {count} vs {n * law[j]:F0} (sd {sd:F0})");
            Assert.InRange(count, n * law[j] - 4 * sd, n * law[j] + 4 * sd);
        }
    }

    /// <summary>
    /// The chain depends only on (seed, path, day), not on the slots walked: two walks of different underlyings
    /// and a different chunk start see the same regimes for the same global paths.
    /// </summary>
    [Fact]
    public void Regimes_depend_on_the_path_alone()
    {
        double[][] p = [[0.9, 0.1], [0.2, 0.8]];
        UnderlyingDynamics[] regimes = [McHarness.BlackScholes(0.5), McHarness.BlackScholes(0.9)];
        using var session = DeviceSelector.Open(DeviceKind.Cpu);
        double[][] l = Cholesky.Factor([[1.0, 0.5], [0.5, 1.0]]);
        int[] one = StateSimulation.Run(session, Plan([new WalkSlot(0, regimes, 9)], l, p, 0, 10, 2), 100, 2000, 11).RegimeOf(0);
        int[] two = StateSimulation.Run(session, Plan([new WalkSlot(1, regimes, 9), new WalkSlot(0, regimes, 9)], l, p, 0, 10, 2), 0, 2100, 11)
            .RegimeOf(0).Skip(100).ToArray();
        Assert.Equal(one, two);
        Assert.Contains(1, one);
    }

    /// <summary>A walk of <paramref name="steps"/> uniform steps with the last one observed.</summary>
    private static WalkPlan Plan(WalkSlot[] slots, double[][] cholesky, double[][] transition, int initial, int steps, int stepsPerDay)
    {
        var observed = new bool[steps];
        observed[^1] = true;
        return new WalkPlan(TimeGrid.Uniform(steps, stepsPerDay), steps, slots, cholesky, transition, initial,
            [CoefficientVariantSpec.Base], 1, observed);
    }
}
