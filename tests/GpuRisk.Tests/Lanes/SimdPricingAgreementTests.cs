using GpuRisk.Devices;
using GpuRisk.Kernels.Models;
using GpuRisk.MonteCarlo;
using GpuRisk.Tests.MonteCarlo;
using ILGPU;
using ILGPU.Runtime.CPU;
using Xunit.Abstractions;

namespace GpuRisk.Tests.Lanes;

/// <summary>
/// Monte Carlo prices and Greeks on cpu-simd against the ILGPU kernel on the CPU accelerator (same seed, same
/// paths; the lanes write the expiry records, the same settlement kernels sum them), and the SIMD result's
/// independence of cores and batches.
/// </summary>
public sealed class SimdPricingAgreementTests(ITestOutputHelper output)
{
    public static TheoryData<int> CaseIndices() => PricingAccuracyTests.CaseIndices();

    /// <summary>
    /// The accuracy cases (PricingAccuracyTests), 4 x its paths per seed + 3 (not a multiple of the lanes): the
    /// value within 0.002 of a standard error and every figure within 2e-5 relative. What remains is float
    /// rounding of Exp and Log (about 1 ulp apart in the two), summed over paths; measured at most 5.2e-4 standard
    /// errors for the value and 9.5e-6 relative for a Greek (theta, a difference quotient, over 1 year).
    /// </summary>
    [Theory]
    [MemberData(nameof(CaseIndices))]
    public void Prices_and_greeks_match_the_cpu_accelerator(int index)
    {
        PricingAccuracyTests.Case c = PricingAccuracyTests.Cases[index];
        using var cpu = DeviceSelector.Open(DeviceKind.Cpu);
        using var simd = DeviceSelector.Open(DeviceKind.CpuSimd);
        MonteCarloSettings settings = McHarness.Settings(4 * c.PathsPerSeed + 3, 99);
        OptionEstimate e = McHarness.PriceOne(cpu, c.Model, c.Put, c.Strike, c.Days, settings);
        OptionEstimate a = McHarness.PriceOne(simd, c.Model, c.Put, c.Strike, c.Days, settings);
        output.WriteLine($"{c.Name}: value {a.Value - e.Value:E2} ({(a.Value - e.Value) / e.StdErr:E2} se), delta {Relative(a.Delta, e.Delta):E1}, " +
            $"gamma {Relative(a.Gamma, e.Gamma):E1}, vega {Relative(a.Vega, e.Vega):E1}, theta {Relative(a.Theta, e.Theta):E1} relative");
        Assert.InRange(a.Value - e.Value, -0.002 * e.StdErr, 0.002 * e.StdErr);
        foreach ((double actual, double expected) in new[] { (a.Value, e.Value), (a.StdErr, e.StdErr), (a.Delta, e.Delta),
            (a.Gamma, e.Gamma), (a.Vega, e.Vega), (a.Theta, e.Theta) })
        {
            Assert.InRange(Relative(actual, expected), 0, 2e-5);
        }
    }

    /// <summary>
    /// Identity: each lane writes its path's record at the path's place, whatever core walks it, so one core, two or
    /// three and any batch size give the same numbers to the last bit (a Bates book with jumps, 4567-path batches that
    /// split lane groups).
    /// </summary>
    [Fact]
    public void Results_are_bit_for_bit_the_same_for_any_core_count_and_batch()
    {
        UnderlyingDynamics bates = McHarness.Bates(0.25, 3.0, 0.30, 1.0, -0.3, 3.0, -0.06, 0.10);
        OptionEstimate Price(int workers, int batch)
        {
            using DeviceSession session = SimdSession(workers);
            return McHarness.PriceOne(session, bates, true, 95, 20, McHarness.Settings(12_000, 9, batch: batch));
        }
        OptionEstimate reference = Price(1, 1 << 16);
        Assert.Equal(reference, Price(2, 1 << 16));
        Assert.Equal(reference, Price(3, 4567));
    }

    private static double Relative(double actual, double expected) => Math.Abs(actual - expected) / Math.Max(Math.Abs(expected), 1e-300);

    /// <summary>A cpu-simd session walking on <paramref name="workers"/> cores.</summary>
    internal static DeviceSession SimdSession(int workers)
    {
        Context context = Context.Create(b => b.CPU(DeviceSelector.CpuDevice(Environment.ProcessorCount)).EnableAlgorithms());
        return new DeviceSession(context, context.GetCPUDevice(0).CreateAccelerator(context), "cpu-simd", null, new SimdLanes(workers));
    }
}
