using GpuRisk.Kernels.Revaluation;
using ILGPU;
using ILGPU.Runtime;

namespace GpuRisk.Horizon;

/// <summary>
/// One chunk of the horizon engine's output, on the device: per (observation, slot, path) the book's value,
/// delta, gamma, sum |gamma|, sum |gamma| T, spot and variance, and per (observation, path) the regime
/// (see <see cref="Kernels.Revaluation.BookRecorder{T, TMath}"/>). Reused from chunk to chunk; stages either
/// read it on the device (hedging policies) or download what they need (VaR).
/// </summary>
public sealed class HorizonSeries : IDisposable
{
    /// <summary>The series as kernels see them (the recorder writes them, hedging policies read them).</summary>
    public BookSeries Views => new()
    {
        Value = Value.View,
        Delta = Delta.View,
        Gamma = Gamma.View,
        AbsGamma = AbsGamma.View,
        AbsGammaYears = AbsGammaYears.View,
        Spot = Spot.View,
        Variance = Variance.View,
        Regime = Regime.View,
        Observations = Observations,
        Slots = Slots,
        Capacity = Capacity,
    };

    /// <summary>Allocates series for <paramref name="capacity"/> paths.</summary>
    public HorizonSeries(Accelerator accelerator, int observations, int slots, int capacity)
    {
        Observations = observations;
        Slots = slots;
        Capacity = capacity;
        long cells = (long)observations * slots * capacity;
        Value = accelerator.Allocate1D<double>(cells);
        Delta = accelerator.Allocate1D<double>(cells);
        Gamma = accelerator.Allocate1D<double>(cells);
        AbsGamma = accelerator.Allocate1D<double>(cells);
        AbsGammaYears = accelerator.Allocate1D<double>(cells);
        Spot = accelerator.Allocate1D<double>(cells);
        Variance = accelerator.Allocate1D<double>(cells);
        Regime = accelerator.Allocate1D<int>((long)observations * capacity);
    }

    /// <summary>Observations (0 is time 0).</summary>
    public int Observations { get; }

    /// <summary>Slots (underlyings).</summary>
    public int Slots { get; }

    /// <summary>Paths the buffers hold: the layout's stride.</summary>
    public int Capacity { get; }

    /// <summary>First global path of the current chunk.</summary>
    public long PathStart { get; internal set; }

    /// <summary>Paths in the current chunk.</summary>
    public int Count { get; internal set; }

    /// <summary>Book value per slot, USD.</summary>
    public MemoryBuffer1D<double, Stride1D.Dense> Value { get; }

    /// <summary>Book delta per slot, coins.</summary>
    public MemoryBuffer1D<double, Stride1D.Dense> Delta { get; }

    /// <summary>Book gamma per slot, coins per USD.</summary>
    public MemoryBuffer1D<double, Stride1D.Dense> Gamma { get; }

    /// <summary>Sum of |gamma| over options per slot.</summary>
    public MemoryBuffer1D<double, Stride1D.Dense> AbsGamma { get; }

    /// <summary>Sum of |gamma| T over options per slot.</summary>
    public MemoryBuffer1D<double, Stride1D.Dense> AbsGammaYears { get; }

    /// <summary>Spot per slot, USD.</summary>
    public MemoryBuffer1D<double, Stride1D.Dense> Spot { get; }

    /// <summary>Variance per slot.</summary>
    public MemoryBuffer1D<double, Stride1D.Dense> Variance { get; }

    /// <summary>Regime per observation.</summary>
    public MemoryBuffer1D<int, Stride1D.Dense> Regime { get; }

    /// <summary>Index of (observation, slot, chunk path i) in the per-slot series.</summary>
    public long At(int observation, int slot, int i) => (long)(observation * Slots + slot) * Capacity + i;

    /// <summary>A per-slot series on the host.</summary>
    public static double[] Download(MemoryBuffer1D<double, Stride1D.Dense> series) => series.GetAsArray1D();

    /// <inheritdoc/>
    public void Dispose()
    {
        Value.Dispose();
        Delta.Dispose();
        Gamma.Dispose();
        AbsGamma.Dispose();
        AbsGammaYears.Dispose();
        Spot.Dispose();
        Variance.Dispose();
        Regime.Dispose();
    }
}
