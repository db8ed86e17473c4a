using BenchmarkDotNet.Attributes;
using GpuRisk.Devices;
using GpuRisk.Kernels.Numerics;
using GpuRisk.MonteCarlo;

namespace GpuRisk.Benchmarks;

/// <summary>
/// The path walker: float single-asset Heston (QE + martingale correction), the final state recorded per path, on
/// the host's SIMD lanes (cpu-simd) and on ILGPU's CPU accelerator side by side (on a GPU machine, add the GPU with
/// the device's name). Throughput = Paths x Steps / mean time (path-steps per second).
/// </summary>
[MemoryDiagnoser]
public class PathKernelBenchmark
{
    private DeviceSession? session;
    private StateSimulation.Prepared<float, FloatMath>? simulation;

    /// <summary>Paths per launch.</summary>
    [Params(1 << 16, 1 << 20)]
    public int Paths { get; set; }

    /// <summary>Daily steps per path.</summary>
    [Params(64, 365)]
    public int Steps { get; set; }

    /// <summary>Device, as <c>--device</c> names it.</summary>
    [Params("cpu-simd", "cpu")]
    public string Device { get; set; } = "cpu-simd";

    /// <summary>Opens the device, compiles the kernel and allocates its buffers.</summary>
    [GlobalSetup]
    public void Setup()
    {
        session = DeviceSelector.Open(DeviceSelector.Parse(Device));
        simulation = new StateSimulation.Prepared<float, FloatMath>(session, SimulationBenchmark.Plan(Steps), 0, Paths, 1234);
        simulation.Run();
    }

    /// <summary>One launch over every path.</summary>
    [Benchmark]
    public int Simulate()
    {
        simulation!.Run();
        return simulation.Paths;
    }

    /// <summary>Releases buffers and the device.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        simulation?.Dispose();
        session?.Dispose();
    }
}
