using GpuRisk.Devices;
using GpuRisk.MonteCarlo;
using GpuRisk.Tests.MonteCarlo;
using Xunit.Abstractions;

namespace GpuRisk.Tests.Lanes;

/// <summary>The Monte Carlo accuracy cases priced on cpu-simd and on the CPU accelerator with the same seed.</summary>
public sealed class SimdPricingAgreementTests(ITestOutputHelper output)
{
    public static TheoryData<int> CaseIndices() => PricingAccuracyTests.CaseIndices();

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
        output.WriteLine($"{c.Name}: value {e.Value} {a.Value} ({(a.Value - e.Value) / e.StdErr:E2} se) delta {e.Delta} {a.Delta} gamma {e.Gamma} {a.Gamma} vega {e.Vega} {a.Vega} theta {e.Theta} {a.Theta}");
    }
}
