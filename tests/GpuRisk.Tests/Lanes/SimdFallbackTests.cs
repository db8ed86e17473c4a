using GpuRisk.Devices;
using GpuRisk.MonteCarlo;
using GpuRisk.Tests.MonteCarlo;

namespace GpuRisk.Tests.Lanes;

/// <summary>What cpu-simd does not run on lanes runs on its CPU accelerator, with a warning, and gives that device's numbers.</summary>
public sealed class SimdFallbackTests
{
    /// <summary>Double precision has no lanes: the ILGPU kernel runs, warned once, with exactly the CPU accelerator's result.</summary>
    [Fact]
    public void Double_precision_walks_fall_back_to_the_cpu_accelerator_with_one_warning()
    {
        var warnings = new List<string>();
        using var simd = DeviceSelector.Open(DeviceKind.CpuSimd);
        using var cpu = DeviceSelector.Open(DeviceKind.Cpu);
        simd.Warned += warnings.Add;
        MonteCarloSettings settings = McHarness.Settings(3000, 5, Precision.Double, batch: 1000);
        OptionEstimate fallen = McHarness.PriceOne(simd, McHarness.Heston(0.36, 2.0, 0.40, 1.5, -0.5), false, 100, 10, settings);
        OptionEstimate expected = McHarness.PriceOne(cpu, McHarness.Heston(0.36, 2.0, 0.40, 1.5, -0.5), false, 100, 10, settings);

        Assert.Equal(expected, fallen);
        string warning = Assert.Single(warnings);
        Assert.Contains("cpu-simd", warning);
        Assert.Contains("in double", warning);
    }

    [Fact]
    public void Stages_without_lanes_warn_once_each_and_only_on_cpu_simd()
    {
        var warnings = new List<string>();
        using var simd = DeviceSelector.Open(DeviceKind.CpuSimd);
        simd.Warned += warnings.Add;
        Assert.Same(simd.Accelerator, simd.AcceleratorFor("stress"));
        simd.FallBack("stress");
        simd.FallBack("var");
        Assert.Equal(2, warnings.Count);
        Assert.StartsWith("stress does not run on cpu-simd", warnings[0]);

        using var cpu = DeviceSelector.Open(DeviceKind.Cpu);
        cpu.Warned += warnings.Add;
        cpu.FallBack("stress");
        Assert.Equal(2, warnings.Count);
    }
}
