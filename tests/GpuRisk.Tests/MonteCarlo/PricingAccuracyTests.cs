using GpuRisk.Devices;
using GpuRisk.Kernels.Models;
using GpuRisk.MonteCarlo;
using Xunit.Abstractions;

namespace GpuRisk.Tests.MonteCarlo;

/// <summary>
/// Monte Carlo prices and Greeks against QuantLib 1.29 (Python bindings), S = 100, r = 0.04,
/// carry 0, ACT/365, one coin. References (cached; CI has no QuantLib):
/// value: AnalyticEuropeanEngine (BS), AnalyticHestonEngine(model, 1e-12, 100000), BatesEngine
/// (nu = log-jump mean, delta = its stdev); delta/gamma: central differences of those engines with
/// dS = 1% of S; vega: central difference with sqrt(v0), sqrt(theta) (BS: vol) +- 0.01;
/// theta: -(V(T + 1d) - V(T - 1d)) / 2 (O(1/T^2) relative error, covered by the 1% allowance).
/// </summary>
public sealed class PricingAccuracyTests(ITestOutputHelper output)
{
    public sealed record Case(string Name, UnderlyingDynamics Model, bool Put, double Strike, double Days, long PathsPerSeed,
        double Value, double Delta, double Gamma, double Vega, double Theta);

    private static readonly Case[] Cases =
    [
        new("BS call 30d vol 65%", McHarness.BlackScholes(0.65), false, 100, 30, 6000,
            7.576595734, 0.54406281, 0.021272896, 0.11367303, -0.12829574),
        new("BS put K80 1y vol 120%", McHarness.BlackScholes(1.2), true, 80, 365, 1500,
            29.19862566, -0.20631821, 0.0023767686, 0.28520181, -0.041421968),
        new("Heston call 1d, Feller violated", McHarness.Heston(0.36, 2.0, 0.40, 1.5, -0.5), false, 100, 1, 20000,
            1.257367929, 0.51351845, 0.12609692, 0.020885045, double.NaN),
        new("Heston call 30d, Feller violated", McHarness.Heston(0.36, 2.0, 0.40, 1.5, -0.5), false, 100, 30, 6000,
            6.876216914, 0.57615717, 0.023773446, 0.11476943, -0.11284011),
        new("Heston put K85 90d xi 2 rho -0.9", McHarness.Heston(0.49, 1.0, 0.30, 2.0, -0.9), true, 85, 90, 3000,
            6.389405234, -0.16805444, 0.0058560364, 0.14109624, -0.043925632),
        new("Heston call K130 1y rho +0.5", McHarness.Heston(0.25, 3.0, 0.30, 1.0, 0.5), false, 130, 365, 1500,
            14.08466816, 0.407611, 0.0065869012, 0.39846486, -0.033784553),
        new("Bates call 30d", McHarness.Bates(0.25, 3.0, 0.30, 1.0, -0.3, 3.0, -0.06, 0.10), false, 100, 30, 6000,
            6.25017002, 0.55966728, 0.026468073, 0.1081059, -0.10782554),
        new("Bates put K90 182d", McHarness.Bates(0.25, 3.0, 0.30, 1.0, -0.3, 3.0, -0.06, 0.10), true, 90, 182, 2000,
            9.400548785, -0.27875884, 0.0087761799, 0.22523678, -0.033590729),
    ];

    public static TheoryData<int> CaseIndices()
    {
        var data = new TheoryData<int>();
        for (int i = 0; i < Cases.Length; i++) data.Add(i);
        return data;
    }

    /// <summary>
    /// Eight independent seeds: the value must land within 3 combined standard errors of the
    /// reference; each Greek within 4.5 standard errors of the seed-to-seed spread (Student t with
    /// 7 degrees of freedom: P(|t| &gt; 4.5) ~ 0.3%) plus 1% of the reference for its own
    /// finite-difference error.
    /// </summary>
    [Theory]
    [MemberData(nameof(CaseIndices))]
    public void Value_and_greeks_match_quantlib(int index)
    {
        Case c = Cases[index];
        using var session = DeviceSelector.Open(DeviceKind.Cpu);
        const int seeds = 8;
        var runs = new OptionEstimate[seeds];
        for (int s = 0; s < seeds; s++)
        {
            runs[s] = McHarness.PriceOne(session, c.Model, c.Put, c.Strike, c.Days, McHarness.Settings(c.PathsPerSeed, 1000 + (ulong)s));
        }
        double value = runs.Average(r => r.Value);
        double valueErr = Math.Sqrt(runs.Sum(r => r.StdErr * r.StdErr)) / seeds;
        output.WriteLine($"{c.Name}: value {value:F5} +- {valueErr:F5} vs {c.Value:F5}");
        Assert.InRange(value, c.Value - 3 * valueErr, c.Value + 3 * valueErr);

        CheckGreek("delta", runs.Select(r => r.Delta).ToArray(), c.Delta);
        CheckGreek("gamma", runs.Select(r => r.Gamma).ToArray(), c.Gamma);
        CheckGreek("vega", runs.Select(r => r.Vega).ToArray(), c.Vega);
        if (!double.IsNaN(c.Theta)) CheckGreek("theta", runs.Select(r => r.Theta).ToArray(), c.Theta);
    }

    private void CheckGreek(string name, double[] estimates, double reference)
    {
        double mean = estimates.Average();
        double sd = Math.Sqrt(estimates.Sum(x => (x - mean) * (x - mean)) / (estimates.Length - 1));
        double se = sd / Math.Sqrt(estimates.Length);
        output.WriteLine($"  {name}: {mean:G6} +- {se:G3} vs {reference:G6}");
        double tolerance = 4.5 * se + 0.01 * Math.Abs(reference);
        Assert.InRange(mean, reference - tolerance, reference + tolerance);
    }
}
