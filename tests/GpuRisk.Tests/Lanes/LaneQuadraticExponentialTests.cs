using System.Reflection;
using System.Runtime.Intrinsics;
using GpuRisk.Kernels.Lanes;
using GpuRisk.Kernels.Models;
using GpuRisk.Kernels.Numerics;
using GpuRisk.Kernels.Paths;
using GpuRisk.MonteCarlo;
using GpuRisk.Tests.MonteCarlo;

namespace GpuRisk.Tests.Lanes;

/// <summary>
/// One QE step of sixteen lanes that disagree on every branch, against the scalar step of each lane: the
/// branch-free form (masks and selects) gives each lane what its own thread would.
/// </summary>
public sealed class LaneQuadraticExponentialTests
{
    private const double Dt = 1.0 / 365;

    // Per lane: model, variance in, spot driver, residual, jump uniform, jump normal. Lanes 0-3 quadratic QE (low
    // vol of vol), 4-7 exponential (xi 3 at tiny variance: psi > 1.5; a very negative Zv lands on the atom v' = 0),
    // 8-11 Bates with 2 jumps a day on average (uniforms chosen for 0, 1, 2 and 4 jumps), 12-15 Black-Scholes
    // (deterministic variance).
    private static readonly (UnderlyingDynamics Model, float V, float Spot, float Residual, float JumpU, float JumpZ)[] Lanes =
    [
        (McHarness.Heston(0.36, 2, 0.4, 0.3, -0.5), 0.36f, 0.3f, -1.2f, 0.5f, 0.1f),
        (McHarness.Heston(0.36, 2, 0.4, 0.3, -0.5), 0.05f, -2.0f, 0.4f, 0.5f, 0.1f),
        (McHarness.Heston(0.5, 1, 0.5, 0.8, 0.5), 0.5f, 1.1f, 1.9f, 0.5f, 0.1f),
        (McHarness.Heston(0.5, 1, 0.5, 0.8, 0.5), 0.9f, -0.7f, -0.2f, 0.5f, 0.1f),
        (McHarness.Heston(0.3, 1, 0.3, 3.0, -0.7), 1e-4f, 0.5f, 0.5f, 0.5f, 0.1f),
        (McHarness.Heston(0.3, 1, 0.3, 3.0, -0.7), 1e-4f, -3.0f, -2.5f, 0.5f, 0.1f),
        (McHarness.Heston(0.3, 1, 0.3, 3.0, 0.2), 5e-4f, 2.5f, 1.0f, 0.5f, 0.1f),
        (McHarness.Heston(0.3, 1, 0.3, 3.0, 0.2), 2e-4f, -0.1f, 0.0f, 0.5f, 0.1f),
        (McHarness.Bates(0.25, 3, 0.3, 1, -0.3, 730, -0.05, 0.1), 0.25f, 0.2f, 0.3f, 0.05f, -1.0f),
        (McHarness.Bates(0.25, 3, 0.3, 1, -0.3, 730, -0.05, 0.1), 0.25f, -0.4f, 1.3f, 0.3f, 0.7f),
        (McHarness.Bates(0.25, 3, 0.3, 1, -0.3, 730, -0.05, 0.1), 0.25f, 1.0f, -0.6f, 0.6f, -0.3f),
        (McHarness.Bates(0.25, 3, 0.3, 1, -0.3, 730, -0.05, 0.1), 0.25f, 0.0f, 0.0f, 0.97f, 2.0f),
        (McHarness.BlackScholes(0.65), 0.4225f, 0.8f, 0.0f, 0.5f, 0.1f),
        (McHarness.BlackScholes(1.2), 1.44f, -1.5f, 0.0f, 0.5f, 0.1f),
        (UnderlyingDynamics.ConstantVolatility(0.04, 0.3), 0.09f, 0.1f, 0.0f, 0.5f, 0.1f),
        (McHarness.Bates(0.25, 3, 0.3, 0.0, 0.0, 730, -0.05, 0.1), 0.25f, 0.6f, 0.0f, 0.8f, 0.4f),
    ];

    [Fact]
    public void Every_lane_steps_as_its_own_thread()
    {
        var coefficients = new StepCoefficients<float>[Float512.Lanes];
        var states = new PathState<float>[Float512.Lanes];
        var draws = new StepDraws<float>[Float512.Lanes];
        for (int lane = 0; lane < Float512.Lanes; lane++)
        {
            var (model, v, spot, residual, jumpU, jumpZ) = Lanes[lane];
            coefficients[lane] = Narrow(StepCoefficientTable.Coefficients(model, Dt));
            states[lane] = new PathState<float> { LogSpot = 0.01f * lane, Variance = v, Gaussian = 0.002f, GaussianVariance = 0.001f };
            draws[lane] = new StepDraws<float> { Spot = spot, Residual = residual, JumpUniform = jumpU, JumpNormal = jumpZ };
        }
        var laneState = new PathState<Float512>
        {
            LogSpot = Gather(states, s => s.LogSpot),
            Variance = Gather(states, s => s.Variance),
            Gaussian = Gather(states, s => s.Gaussian),
            GaussianVariance = Gather(states, s => s.GaussianVariance),
        };
        var laneDraws = new StepDraws<Float512>
        {
            Spot = Gather(draws, d => d.Spot),
            Residual = Gather(draws, d => d.Residual),
            JumpUniform = Gather(draws, d => d.JumpUniform),
            JumpNormal = Gather(draws, d => d.JumpNormal),
        };
        QuadraticExponential.Step<Float512, Vector512<float>, Float512Math>(ref laneState, Gather(coefficients), laneDraws);

        int quadratic = 0, exponential = 0, atom = 0, deterministic = 0;
        var jumpCounts = new HashSet<double>();
        for (int lane = 0; lane < Float512.Lanes; lane++)
        {
            StepCoefficients<float> c = coefficients[lane];
            if (c.Deterministic != 0) deterministic++;
            else if (Psi(c, states[lane].Variance) <= 1.5) quadratic++;
            else exponential++;
            if (c.JumpIntensity > 0) jumpCounts.Add(JumpCount(c, draws[lane]));
            PathState<float> expected = states[lane];
            QuadraticExponential.Step<float, bool, FloatMath>(ref expected, c, draws[lane]);
            if (expected.Variance == 0 && c.Deterministic == 0) atom++;
            AssertClose(expected.LogSpot, laneState.LogSpot[lane], lane);
            AssertClose(expected.Variance, laneState.Variance[lane], lane);
            AssertClose(expected.Gaussian, laneState.Gaussian[lane], lane);
            AssertClose(expected.GaussianVariance, laneState.GaussianVariance[lane], lane);
        }
        // The vector holds what it claims: both QE branches, the v' = 0 atom, deterministic lanes, and jump counts
        // from none to several beside lanes with no jump intensity at all.
        Assert.True(quadratic >= 4 && exponential >= 4 && deterministic >= 4 && atom >= 1, $"{quadratic} {exponential} {deterministic} {atom}");
        Assert.Superset(new HashSet<double> { 0, 1, 2 }, jumpCounts);
    }

    private static double Psi(in StepCoefficients<float> c, double v)
    {
        double mean = c.MeanConst + c.MeanSlope * v;
        return (c.VarConst + c.VarSlope * v) / (mean * mean);
    }

    private static double JumpCount(in StepCoefficients<float> c, in StepDraws<float> d)
    {
        double p = c.NoJumpProbability, cumulative = p;
        int n = 0;
        while (d.JumpUniform > cumulative && n < 64) cumulative += p *= c.JumpIntensity / ++n;
        return n;
    }

    // Float rounding of the two Exp/Log implementations, through one step: relative 2e-6, absolute 1e-7.
    private static void AssertClose(float expected, float actual, int lane) =>
        Assert.True(Math.Abs(expected - actual) <= Math.Max(2e-6 * Math.Abs(expected), 1e-7), $"lane {lane}: scalar {expected:R}, lanes {actual:R}");

    private static Float512 Gather<TItem>(TItem[] items, Func<TItem, float> field) =>
        new(Vector512.Create<float>([.. items.Select(field)]));

    private static StepCoefficients<Float512> Gather(StepCoefficients<float>[] lanes)
    {
        object result = new StepCoefficients<Float512>();
        foreach (FieldInfo f in typeof(StepCoefficients<float>).GetFields().Where(f => !f.IsLiteral))
        {
            typeof(StepCoefficients<Float512>).GetField(f.Name)!.SetValue(result, Gather(lanes, c => (float)f.GetValue(c)!));
        }
        return (StepCoefficients<Float512>)result;
    }

    private static StepCoefficients<float> Narrow(StepCoefficients<double> c)
    {
        object result = new StepCoefficients<float>();
        foreach (FieldInfo f in typeof(StepCoefficients<double>).GetFields().Where(f => !f.IsLiteral))
        {
            typeof(StepCoefficients<float>).GetField(f.Name)!.SetValue(result, (float)(double)f.GetValue(c)!);
        }
        return (StepCoefficients<float>)result;
    }
}
