using ILGPU;

namespace GpuRisk.Kernels.Hedging;

/// <summary>
/// The horizon engine's series as the hedging kernels read them (see <see cref="Revaluation.BookRecorder{T, TMath}"/>):
/// per (check, slot, path) at [(check x Slots + slot) x Capacity + i] the book's value (settled expiries included as
/// accrued cash), delta, gamma, sum |gamma|, sum |gamma| T, spot and variance; the regime at [check x Capacity + i].
/// Check 0 is time 0.
/// </summary>
public struct HedgeSeries
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
    /// <summary>Regime per check.</summary>
    public ArrayView<int> Regime;
    /// <summary>Checks recorded (time 0 included).</summary>
    public int Checks;
    /// <summary>Slots (underlyings).</summary>
    public int Slots;
    /// <summary>The series' path stride.</summary>
    public int Capacity;

    /// <summary>Index of (check, slot, path i).</summary>
    public readonly long At(int check, int slot, int i) => (long)(check * Slots + slot) * Capacity + i;
}
