using GpuRisk.Devices;
using GpuRisk.Kernels.Numerics;
using GpuRisk.Kernels.Paths;
using ILGPU;
using ILGPU.Runtime;

namespace GpuRisk.MonteCarlo;

/// <summary>
/// The benchmark workload, compiled and allocated once: single-asset Heston (QE with martingale
/// correction, <see cref="SimulationBenchmark.Model"/>) in float, <c>paths</c> x <c>steps</c>
/// daily steps, horizon states written per path. <see cref="Run"/> launches and waits.
/// </summary>
public sealed class PreparedSimulation : IDisposable
{
    private readonly Accelerator accelerator;
    private readonly Action<Index1D, ArrayView<StepCoefficients<float>>, ArrayView<float>, ArrayView<float>,
        ArrayView<float>, ArrayView<float>, ArrayView<int>, StatePass<float>> kernel;
    private readonly MemoryBuffer1D<StepCoefficients<float>, Stride1D.Dense> coefficients;
    private readonly MemoryBuffer1D<float, Stride1D.Dense> cdf;
    private readonly MemoryBuffer1D<float, Stride1D.Dense> cholesky;
    private readonly MemoryBuffer1D<float, Stride1D.Dense> logSpot;
    private readonly MemoryBuffer1D<float, Stride1D.Dense> variance;
    private readonly MemoryBuffer1D<int, Stride1D.Dense> regime;
    private readonly StatePass<float> pass;

    /// <summary>Loads the kernel and allocates buffers on <paramref name="session"/>.</summary>
    public PreparedSimulation(DeviceSession session, int paths, int steps)
    {
        accelerator = session.Accelerator;
        Paths = paths;
        Steps = steps;
        var grid = TimeGrid.Uniform(steps, 1);
        var request = new StateRequest(0, [1.0], [SimulationBenchmark.Model], [[1.0]], 0, grid, steps, steps, 0, paths, 1234);
        kernel = PathStateSimulator.Load<float, FloatMath>(accelerator);
        coefficients = accelerator.Allocate1D(StepCoefficientTable.Build<float>(grid, [SimulationBenchmark.Model]));
        cdf = accelerator.Allocate1D(new[] { 1f });
        cholesky = accelerator.Allocate1D(new[] { 1f });
        logSpot = accelerator.Allocate1D<float>(paths);
        variance = accelerator.Allocate1D<float>(paths);
        regime = accelerator.Allocate1D<int>(paths);
        pass = PathStateSimulator.Pass<float>(request, accelerator);
    }

    /// <summary>Paths per run.</summary>
    public int Paths { get; }

    /// <summary>Steps per path.</summary>
    public int Steps { get; }

    /// <summary>Simulates every path and waits for the device.</summary>
    public void Run()
    {
        kernel(pass.Threads, coefficients.View, cdf.View, cholesky.View, logSpot.View, variance.View, regime.View, pass);
        accelerator.Synchronize();
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        coefficients.Dispose();
        cdf.Dispose();
        cholesky.Dispose();
        logSpot.Dispose();
        variance.Dispose();
        regime.Dispose();
    }
}
