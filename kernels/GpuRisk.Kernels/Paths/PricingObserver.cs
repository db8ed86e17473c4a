using System.Numerics;
using GpuRisk.Kernels.Numerics;
using GpuRisk.Kernels.Payoffs;
using ILGPU;

namespace GpuRisk.Kernels.Paths;

/// <summary>
/// Prices European options along a walk: at each option's expiry step it adds the option's per-path figures to
/// its accumulator slot (path p goes to slot p mod <see cref="AccumulatorSlots"/>: a per-thread reduction in path
/// order, never an atomic, so sums are bit-for-bit the same for any chunking), and at the end writes the path's
/// book value (sum of quantity-weighted option values).
/// </summary>
/// <remarks>
/// Per path, in units of S0 (r the rate, T the expiry, X = S_T / S0):
/// value e^(-rT) f(X); pathwise delta e^(-rT) f'(X) X (the models are homogeneous in S0);
/// gamma e^(-rT) K phi(d) / Sigma with d = (ln K - (ln X - G)) / Sigma, where G is the Gaussian part of ln X and
/// Sigma^2 its conditional variance given the variance path and jumps (the conditional density of S_T at K,
/// since d2V/dS0^2 = (K/S0)^2 e^(-rT) p_{S_T}(K) in a homogeneous model); theta by a central difference in
/// expiry on the same path (the expiry step re-taken longer and shorter with the same draws); vega by a central
/// difference of the vol-bumped state variants (common random numbers).
/// Accumulator row (option o, statistic s) sits at ((o x 6 + s) x AccumulatorSlots).
/// </remarks>
public struct PricingObserver<T, TMath> : IPathObserver<T>
    where T : unmanaged, INumber<T> where TMath : struct, IRealMath<T>
{
    /// <summary>Options sorted by expiry step.</summary>
    public ArrayView<OptionSpec<T>> Options;
    /// <summary>Per-option, per-statistic slot sums (see remarks).</summary>
    public ArrayView<double> Accumulators;
    /// <summary>Per chunk path: the book's option value on the path (units of USD).</summary>
    public ArrayView<double> BookPerPath;
    /// <summary>Accumulator slots per row.</summary>
    public int AccumulatorSlots;
    /// <summary>First global path of the chunk (for <see cref="BookPerPath"/>).</summary>
    public long PathStart;

    private long _path;
    private int _slot;
    private int _next;
    private double _book;

    /// <inheritdoc/>
    public void Begin(long path, int thread)
    {
        _path = path;
        _slot = (int)(path % AccumulatorSlots);
        _next = 0;
        _book = 0.0;
    }

    /// <inheritdoc/>
    public bool Observe(in WalkView<T> view)
    {
        while (_next < Options.IntLength && Options[_next].ExpiryStep == view.Step)
        {
            Settle(view, Options[_next], _next * OptionStatistic.Count);
            _next++;
        }
        return _next < Options.IntLength;
    }

    /// <inheritdoc/>
    public void End() => BookPerPath[_path - PathStart] = _book;

    private void Settle(in WalkView<T> view, in OptionSpec<T> option, int row)
    {
        PathState<T> state = view.State(option.Slot, CoefficientVariant.Base);
        T spot = TMath.Exp(state.LogSpot);
        double value = TMath.ToDouble(OptionPathFigures.Value<T, bool, TMath>(spot, option));
        Add(row + OptionStatistic.Value, value);
        Add(row + OptionStatistic.ValueSquared, value * value);
        _book += option.BookWeight * value;
        if (option.Greeks == 0) return;

        Add(row + OptionStatistic.Delta, TMath.ToDouble(OptionPathFigures.Delta<T, bool, TMath>(spot, option)));
        Add(row + OptionStatistic.Gamma, TMath.ToDouble(OptionPathFigures.Gamma<T, bool, TMath>(state, option)));
        Add(row + OptionStatistic.Theta, TMath.ToDouble(OptionPathFigures.Theta<T, bool, TMath>(view.Before(option.Slot),
            view.Coefficients(CoefficientVariant.Later, option.Slot), view.Coefficients(CoefficientVariant.Earlier, option.Slot),
            view.Draws<TMath>(option.Slot), option)));
        Add(row + OptionStatistic.Vega, TMath.ToDouble(OptionPathFigures.Vega<T, bool, TMath>(view.State(option.Slot, CoefficientVariant.VolUp),
            view.State(option.Slot, CoefficientVariant.VolDown), option)));
    }

    private void Add(int row, double x) => Accumulators[(long)row * AccumulatorSlots + _slot] += x;
}
