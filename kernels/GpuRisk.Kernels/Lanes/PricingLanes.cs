using System.Runtime.Intrinsics;
using GpuRisk.Kernels.Numerics;
using GpuRisk.Kernels.Paths;
using GpuRisk.Kernels.Payoffs;

namespace GpuRisk.Kernels.Lanes;

/// <summary>
/// <see cref="PricingObserver{T, TMath}"/> (float) on sixteen lanes: the same per-path figures
/// (<see cref="OptionPathFigures"/>), summed per lane into the same accumulator slots (path p into slot
/// p mod AccumulatorSlots, widened to double) in the same path order, and the same per-path book values. The
/// accumulator and book buffers are the scalar observer's, so everything downstream is shared.
/// </summary>
public struct PricingLanes : ILaneObserver
{
    private readonly HostView<OptionSpec<float>> _options;
    private readonly OptionSpec<Float512>[] _lanes;
    private readonly HostView<double> _accumulators;
    private readonly HostView<double> _bookPerPath;
    private readonly int _accumulatorSlots;
    private readonly long _pathStart;

    private LanePaths _paths;
    private int _next;
    private LaneSums _book;

    /// <summary>The lane version of <paramref name="observer"/>, writing to its buffers (host memory).</summary>
    public PricingLanes(in PricingObserver<float, FloatMath> observer)
    {
        _options = new HostView<OptionSpec<float>>(observer.Options);
        _lanes = new OptionSpec<Float512>[_options.Length];
        for (int o = 0; o < _lanes.Length; o++)
        {
            _lanes[o] = Broadcast(_options[o]);
        }
        _accumulators = new HostView<double>(observer.Accumulators);
        _bookPerPath = new HostView<double>(observer.BookPerPath);
        _accumulatorSlots = observer.AccumulatorSlots;
        _pathStart = observer.PathStart;
    }

    /// <inheritdoc/>
    public void Begin(in LanePaths paths)
    {
        _paths = paths;
        _next = 0;
        _book = default;
    }

    /// <inheritdoc/>
    public bool Observe(in LaneView view)
    {
        while (_next < _lanes.Length && _options[_next].ExpiryStep == view.Step)
        {
            Settle(view, _lanes[_next], _next * OptionStatistic.Count);
            _next++;
        }
        return _next < _lanes.Length;
    }

    /// <inheritdoc/>
    public void End()
    {
        for (int lane = 0; lane < Float512.Lanes; lane++)
        {
            if (_paths.IsValid(lane)) _bookPerPath[_paths.Path[lane] - _pathStart] = _book[lane];
        }
    }

    private void Settle(in LaneView view, in OptionSpec<Float512> option, int row)
    {
        ref readonly PathState<Float512> state = ref view.State(option.Slot, CoefficientVariant.Base);
        Float512 spot = Float512Math.Exp(state.LogSpot);
        Float512 value = OptionPathFigures.Value<Float512, Vector512<float>, Float512Math>(spot, option);
        for (int lane = 0; lane < Float512.Lanes; lane++)
        {
            if (!_paths.IsValid(lane)) continue;
            double x = value[lane];
            Add(row + OptionStatistic.Value, lane, x);
            Add(row + OptionStatistic.ValueSquared, lane, x * x);
            _book[lane] += option.BookWeight * x;
        }
        if (option.Greeks == 0) return;

        Add(row + OptionStatistic.Delta, OptionPathFigures.Delta<Float512, Vector512<float>, Float512Math>(spot, option));
        Add(row + OptionStatistic.Gamma, OptionPathFigures.Gamma<Float512, Vector512<float>, Float512Math>(state, option));
        StepCoefficients<Float512> laterScratch = default, earlierScratch = default;
        view.Draws(option.Slot, out StepDraws<Float512> draws);
        Add(row + OptionStatistic.Theta, OptionPathFigures.Theta<Float512, Vector512<float>, Float512Math>(view.Before(option.Slot),
            view.Coefficients(CoefficientVariant.Later, option.Slot, ref laterScratch),
            view.Coefficients(CoefficientVariant.Earlier, option.Slot, ref earlierScratch), draws, option));
        Add(row + OptionStatistic.Vega, OptionPathFigures.Vega<Float512, Vector512<float>, Float512Math>(
            view.State(option.Slot, CoefficientVariant.VolUp), view.State(option.Slot, CoefficientVariant.VolDown), option));
    }

    /// <summary>Adds each valid lane's <paramref name="x"/>, widened to double, to its path's slot of <paramref name="row"/>.</summary>
    private readonly void Add(int row, Float512 x)
    {
        for (int lane = 0; lane < Float512.Lanes; lane++)
        {
            if (_paths.IsValid(lane)) Add(row, lane, x[lane]);
        }
    }

    private readonly void Add(int row, int lane, double x) =>
        _accumulators[(long)row * _accumulatorSlots + _paths.Path[lane] % _accumulatorSlots] += x;

    private static OptionSpec<Float512> Broadcast(in OptionSpec<float> o) => new()
    {
        Slot = o.Slot,
        ExpiryStep = o.ExpiryStep,
        Greeks = o.Greeks,
        IsPut = o.IsPut,
        Strike = Float512Math.From(o.Strike),
        LogStrike = Float512Math.From(o.LogStrike),
        Discount = Float512Math.From(o.Discount),
        DiscountLater = Float512Math.From(o.DiscountLater),
        DiscountEarlier = Float512Math.From(o.DiscountEarlier),
        ThetaScale = Float512Math.From(o.ThetaScale),
        BookWeight = o.BookWeight,
    };
}
