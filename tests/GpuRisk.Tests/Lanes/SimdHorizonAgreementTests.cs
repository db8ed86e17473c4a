using GpuRisk.Books;
using GpuRisk.Devices;
using GpuRisk.Horizon;
using GpuRisk.Markets;
using GpuRisk.Models;
using GpuRisk.Tests.Horizon;
using ILGPU.Runtime;
using Xunit.Abstractions;

namespace GpuRisk.Tests.Lanes;

/// <summary>
/// The horizon engine's series (value, delta, gamma, spot, variance, regime per observation) on cpu-simd, where the
/// walk runs on lanes and each lane's path is revalued by the scalar book recorder, against the ILGPU kernel on the
/// CPU accelerator, path by path; and their independence of the cores that walk them.
/// </summary>
public sealed class SimdHorizonAgreementTests(ITestOutputHelper output)
{
    // Two correlated underlyings, one with jumps (so some lanes jump and some do not); options expiring inside the
    // 7-day horizon (settled to cash on the way) and after it, puts and calls, a future: every part of the recorder.
    private static readonly MarketSnapshot Market = HorizonFixtures.Market(0.04,
        [
            HorizonFixtures.Heston("X", 100, 0.36, 3.0, 0.42, 1.2, -0.35),
            HorizonFixtures.Heston("Y", 2500, 0.49, 2.0, 0.5, 1.5, -0.5, new JumpParameters(12.0, -0.05, 0.08)),
        ],
        [[1.0, 0.6], [0.6, 1.0]]);

    private static readonly Book Book = HorizonFixtures.Book(
        HorizonFixtures.Option("X", false, 100, 3, 10),
        HorizonFixtures.Option("X", true, 90, 30, -5),
        HorizonFixtures.Option("Y", true, 2400, 5, 2),
        HorizonFixtures.Option("Y", false, 2700, 60, -1),
        HorizonFixtures.Linear("Y", PositionKind.Future, 0.5, 90));

    // Time 0 is observation 0 of every run; these follow it.
    private static readonly double[] Observations = [1.0 / 365, 4.0 / 365, 7.0 / 365];

    /// <summary>
    /// 1,003 paths (not a multiple of the 16 lanes) in chunks of 500, no fallback: every regime identical; spots,
    /// variances, values and deltas within 1e-6 relative (of a scale for figures near 0): the float rounding of the
    /// walk's Exp and Log (a few ulp of ln S after 14 steps), carried through the revaluation in double. Measured:
    /// 1.3e-7 (spot), 4.8e-7 (variance), 3.9e-8 (value), 1.1e-7 (delta).
    /// </summary>
    [Fact]
    public void Every_series_matches_the_cpu_accelerator()
    {
        using var cpu = DeviceSelector.Open(DeviceKind.Cpu);
        using var simd = DeviceSelector.Open(DeviceKind.CpuSimd);
        var warnings = new List<string>();
        simd.Warned += warnings.Add;
        Series expected = Walk(cpu);
        Series actual = Walk(simd);

        Assert.Empty(warnings);
        Assert.Equal(expected.Regime, actual.Regime);
        double spot = MaxRelative(expected.Spot, actual.Spot, 1.0);
        // Scales: a value's is the book's gross notional per underlying (USD), a delta's its gross quantity (coins).
        double value = MaxRelative(expected.Value, actual.Value, 25_000.0);
        double delta = MaxRelative(expected.Delta, actual.Delta, 15.0);
        double variance = MaxRelative(expected.Variance, actual.Variance, 1.0);
        output.WriteLine($"largest differences: spot {spot:E2} relative, value {value:E2} and delta {delta:E2} of scale, variance {variance:E2}");
        Assert.InRange(spot, 0, 1e-6);
        Assert.InRange(value, 0, 1e-6);
        Assert.InRange(delta, 0, 1e-6);
        Assert.InRange(variance, 0, 1e-6);
    }

    /// <summary>Each lane writes its path's cells and its thread's cash: 1 core or 3 give the same series to the last bit.</summary>
    [Fact]
    public void Series_are_bit_for_bit_the_same_on_any_core_count()
    {
        Series Run(int workers)
        {
            using DeviceSession session = SimdPricingAgreementTests.SimdSession(workers);
            return Walk(session);
        }
        Series one = Run(1), three = Run(3);
        Assert.Equal(one.Regime, three.Regime);
        Assert.Equal(one.Value, three.Value);
        Assert.Equal(one.Delta, three.Delta);
        Assert.Equal(one.Gamma, three.Gamma);
        Assert.Equal(one.Spot, three.Spot);
    }

    private sealed record Series(List<double> Value, List<double> Delta, List<double> Gamma, List<double> Spot, List<double> Variance, List<int> Regime);

    /// <summary>Every chunk's cells of the run's paths, observation by observation.</summary>
    private static Series Walk(DeviceSession session)
    {
        var series = new Series([], [], [], [], [], []);
        using var run = new HorizonRun(session, Book, Market, Observations, new HorizonSettings(1003, 11, ChunkPaths: 500));
        run.Run(s =>
        {
            double[] value = HorizonSeries.Download(s.Value), delta = HorizonSeries.Download(s.Delta), gamma = HorizonSeries.Download(s.Gamma);
            double[] spot = HorizonSeries.Download(s.Spot), variance = HorizonSeries.Download(s.Variance);
            int[] regime = s.Regime.GetAsArray1D();
            for (int o = 0; o < s.Observations; o++)
            {
                for (int i = 0; i < s.Count; i++)
                {
                    series.Regime.Add(regime[(long)o * s.Capacity + i]);
                    for (int slot = 0; slot < s.Slots; slot++)
                    {
                        long at = s.At(o, slot, i);
                        series.Value.Add(value[at]);
                        series.Delta.Add(delta[at]);
                        series.Gamma.Add(gamma[at]);
                        series.Spot.Add(spot[at]);
                        series.Variance.Add(variance[at]);
                    }
                }
            }
        });
        return series;
    }

    /// <summary>The largest |a - b| / max(|a|, scale): relative for large figures, absolute in units of scale for small ones.</summary>
    private static double MaxRelative(List<double> a, List<double> b, double scale) =>
        a.Zip(b, (x, y) => Math.Abs(x - y) / Math.Max(Math.Abs(x), scale)).Max();
}
