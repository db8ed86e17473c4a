using GpuRisk.Devices;
using GpuRisk.Kernels.Models;
using GpuRisk.MonteCarlo;
using GpuRisk.Tests.MonteCarlo;
using Xunit.Abstractions;

namespace GpuRisk.Tests.Lanes;

/// <summary>
/// The SIMD walk (cpu-simd) against the ILGPU kernel on the CPU accelerator, path by path: the same random numbers
/// and formulas, so the same regimes exactly and the same states to float rounding, at the lane boundaries too.
/// </summary>
public sealed class SimdWalkAgreementTests(ITestOutputHelper output)
{
    // Two regimes: calm Heston with no jumps; stressed Bates (jumps) with a Feller-violating vol of vol, so within
    // one 16-lane group some paths jump and some do not, and the QE step takes both branches.
    private static readonly UnderlyingDynamics[] Calm = [McHarness.Heston(0.25, 3.0, 0.30, 1.0, -0.3), McHarness.Heston(0.5, 2.0, 0.5, 0.8, -0.6)];
    private static readonly UnderlyingDynamics[] Stressed =
        [McHarness.Bates(0.6, 1.0, 0.8, 2.5, -0.7, 40.0, -0.05, 0.08), McHarness.Bates(0.7, 1.5, 0.9, 2.0, -0.4, 25.0, -0.02, 0.1)];

    /// <summary>
    /// Path counts that are not multiples of the 16 lanes (1, 17, 1003), a chunk that starts off a lane boundary,
    /// two correlated underlyings, a regime chain that switches at different steps in different lanes: every
    /// path's regime at every step is identical, and its ln S and variance agree to 2e-4 absolute (float rounding
    /// of 30 QE steps, and the rare path whose QE branch or jump count sits on a threshold the two exponentials
    /// round to different sides of).
    /// </summary>
    [Theory]
    [InlineData(0, 1)]
    [InlineData(5, 17)]
    [InlineData(37, 1003)]
    public void Every_path_matches_the_ilgpu_walk(long pathStart, int paths)
    {
        WalkPlan plan = Plan(steps: 30);
        using var cpu = DeviceSelector.Open(DeviceKind.Cpu);
        using var simd = DeviceSelector.Open(DeviceKind.CpuSimd);
        SimulatedStates expected = StateSimulation.Run(cpu, plan, pathStart, paths, 2024);
        SimulatedStates actual = StateSimulation.Run(simd, plan, pathStart, paths, 2024);

        Assert.Equal(expected.Regime, actual.Regime);
        double logSpot = MaxDifference(expected.LogSpot, actual.LogSpot), variance = MaxDifference(expected.Variance, actual.Variance);
        output.WriteLine($"{paths} paths from {pathStart}: largest |d ln S| {logSpot:E2}, |d v| {variance:E2}");
        Assert.InRange(logSpot, 0, 2e-4);
        Assert.InRange(variance, 0, 2e-4);
        if (paths > 100)
        {
            // The case covers what it claims: both regimes, jumps in some paths only, variance at zero (the QE
            // exponential branch's atom) beside positive variance.
            Assert.Contains(0, actual.Regime);
            Assert.Contains(1, actual.Regime);
            Assert.Contains(0.0, actual.Variance);
            Assert.Contains(actual.Variance, v => v > 0.5);
        }
    }

    private static double MaxDifference(double[] a, double[] b) => a.Zip(b, (x, y) => Math.Abs(x - y)).Max();

    /// <summary>Two correlated underlyings over two regimes, daily steps, every step observed.</summary>
    private static WalkPlan Plan(int steps)
    {
        double[][] transition = [[0.8, 0.2], [0.3, 0.7]];
        WalkSlot[] slots = [new(0, [Calm[0], Stressed[0]], steps - 1), new(1, [Calm[1], Stressed[1]], steps - 1)];
        bool[] observed = [.. Enumerable.Repeat(true, steps)];
        return new WalkPlan(TimeGrid.Uniform(steps, 1), steps, slots, Cholesky.Factor([[1.0, 0.6], [0.6, 1.0]]), transition, 0,
            [CoefficientVariantSpec.Base], 1, observed);
    }
}
