using BenchmarkDotNet.Attributes;
using GpuRisk.Devices;
using GpuRisk.MonteCarlo;

namespace GpuRisk.Benchmarks;

/// <summary>
/// The path kernel: float single-asset Heston (QE + martingale correction), horizon states only.
/// Throughput = Paths x Steps / mean time (path-steps per second).
/// </summary>
[MemoryDiagnoser]
public class PathKernelBenchmark
{
    private DeviceSession? session;
    private PreparedSimulation? simulation;

    /// <summary>Paths per launch.</summary>
    [Params(1 << 16, 1 << 20)]
    public int Paths { get; set; }

    /// <summary>Daily steps per path.</summary>
    [Params(64, 365)]
    public int Steps { get; set; }

    /// <summary>Opens the auto device, compiles the kernel and allocates its buffers.</summary>
    [GlobalSetup]
    public void Setup()
    {
        session = DeviceSelector.Open(DeviceKind.Auto);
        simulation = new PreparedSimulation(session, Paths, Steps);
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
