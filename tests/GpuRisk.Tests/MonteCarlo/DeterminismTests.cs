using GpuRisk.Devices;
using GpuRisk.Kernels.Models;
using GpuRisk.MonteCarlo;

namespace GpuRisk.Tests.MonteCarlo;

public sealed class DeterminismTests
{
    private static readonly UnderlyingDynamics Bates = McHarness.Bates(0.25, 3.0, 0.30, 1.0, -0.3, 3.0, -0.06, 0.10);

    /// <summary>Identity: per-batch sums in path order make results bit-for-bit independent of the batch size.</summary>
    [Fact]
    public void Same_seed_gives_identical_results_for_any_batch_size()
    {
        using var session = DeviceSelector.Open(DeviceKind.Cpu);
        OptionEstimate[] runs = [.. new[] { 1000, 4567, 1 << 16 }.Select(batch =>
            McHarness.PriceOne(session, Bates, true, 95, 20, McHarness.Settings(12_000, 9, batch: batch)))];
        Assert.Equal(runs[0], runs[1]);
        Assert.Equal(runs[0], runs[2]);
    }

    /// <summary>
    /// Float and double kernels draw the same numbers; they differ by float rounding only, which
    /// is far below the statistical error: within 5% of a standard error and 1e-3 relative.
    /// </summary>
    [Fact]
    public void Float_and_double_agree_within_float_accuracy()
    {
        using var session = DeviceSelector.Open(DeviceKind.Cpu);
        OptionEstimate f = McHarness.PriceOne(session, Bates, false, 100, 20, McHarness.Settings(20_000, 3, Precision.Float));
        OptionEstimate d = McHarness.PriceOne(session, Bates, false, 100, 20, McHarness.Settings(20_000, 3, Precision.Double));
        Assert.InRange(f.Value - d.Value, -0.05 * d.StdErr, 0.05 * d.StdErr);
        Assert.Equal(d.Value, f.Value, d.Value * 1e-3);
        Assert.Equal(d.Delta, f.Delta, 1e-3);
        Assert.Equal(d.Gamma, f.Gamma, Math.Abs(d.Gamma) * 1e-3);
        Assert.Equal(d.StdErr, f.StdErr, d.StdErr * 1e-3);
    }

    /// <summary>A different seed gives different paths (sanity: the key reaches the generator).</summary>
    [Fact]
    public void Different_seeds_give_different_results()
    {
        using var session = DeviceSelector.Open(DeviceKind.Cpu);
        OptionEstimate a = McHarness.PriceOne(session, Bates, false, 100, 5, McHarness.Settings(2000, 1), greeks: false);
        OptionEstimate b = McHarness.PriceOne(session, Bates, false, 100, 5, McHarness.Settings(2000, 2), greeks: false);
        Assert.NotEqual(a.Value, b.Value);
    }
}
