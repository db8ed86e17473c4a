using ILGPU;

namespace GpuRisk.Kernels.Revaluation;

/// <summary>
/// The horizon engine's series of one chunk of paths, as <see cref="BookRecorder{T, TMath}"/> writes them and the risk
/// stages (the hedging kernels, the host) read them: per (observation, slot, path) at [(observation x Slots + slot) x
/// Capacity + i] the book's value (settled expiries included as accrued cash), delta, gamma, sum |gamma|, sum |gamma| T,
/// spot and variance; the regime at [observation x Capacity + i]. Observation 0 is time 0.
/// </summary>
public struct BookSeries
{
    /// <summary>Book value per underlying, USD.</summary>
    public ArrayView<double> Value;
    /// <summary>Book delta per underlying, coins.</summary>
    public ArrayView<double> Delta;
    /// <summary>Book gamma per underlying, coins per USD.</summary>
    public ArrayView<double> Gamma;
    /// <summary>Sum of |gamma| over options.</summary>
    public ArrayView<double> AbsGamma;
    /// <summary>Sum of |gamma| T over options.</summary>
    public ArrayView<double> AbsGammaYears;
    /// <summary>Spot, USD.</summary>
    public ArrayView<double> Spot;
    /// <summary>Instantaneous variance.</summary>
    public ArrayView<double> Variance;
    /// <summary>Regime per observation.</summary>
    public ArrayView<int> Regime;
    /// <summary>Observations recorded (time 0 included).</summary>
    public int Observations;
    /// <summary>Slots (underlyings).</summary>
    public int Slots;
    /// <summary>The series' path stride.</summary>
    public int Capacity;

    /// <summary>Index of (observation, slot, path i).</summary>
    public readonly long At(int observation, int slot, int i) => (long)(observation * Slots + slot) * Capacity + i;
}
