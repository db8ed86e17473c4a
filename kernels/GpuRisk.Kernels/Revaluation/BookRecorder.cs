using System.Numerics;
using GpuRisk.Kernels.Numerics;
using GpuRisk.Kernels.Paths;
using ILGPU;

namespace GpuRisk.Kernels.Revaluation;

/// <summary>
/// The horizon engine's observer: along each path it settles every group at its expiry (the payoff becomes
/// cash accruing at the rate) and, at every observation, revalues the book per underlying at the path's own
/// state and regime (<see cref="BookRevaluation"/>), writing the series every risk stage reads: value, delta,
/// gamma, spot and variance per (observation, slot, path), and the regime per (observation, path).
/// </summary>
/// <remarks>
/// Layout: <see cref="BookSeries"/>, i the path's index in the chunk. A slot's value includes the cash of
/// its settled groups, so value differences are P&amp;L with expiries paid.
/// </remarks>
public struct BookRecorder<T, TMath> : IPathObserver<T>
    where T : unmanaged, INumber<T> where TMath : struct, IRealMath<T>
{
    /// <summary>The book as the device revalues it.</summary>
    public RevaluationInputs<T> Book;
    /// <summary>Per grid step: its observation index, or -1.</summary>
    public ArrayView<int> ObservationOfStep;
    /// <summary>Per observation: e^(r t), which accrues cash held since time 0 (stored as its time-0 value).</summary>
    public ArrayView<double> CashGrowth;
    /// <summary>Per-thread cash of settled groups per slot, at [slot x Threads + thread], in time-0 USD.</summary>
    public ArrayView<double> Cash;
    /// <summary>The series written: value, delta, gamma, spot, variance and regime per observation.</summary>
    public BookSeries Series;
    /// <summary>Observation index of the state at time 0 (walk step -1), or -1.</summary>
    public int StartObservation;
    /// <summary>Threads of the launch (cash scratch stride).</summary>
    public int Threads;
    /// <summary>First global path of the chunk.</summary>
    public long PathStart;

    private int _local;
    private int _thread;

    /// <inheritdoc/>
    public void Begin(long path, int thread)
    {
        _local = (int)(path - PathStart);
        _thread = thread;
        for (int slot = 0; slot < Series.Slots; slot++) Cash[slot * Threads + thread] = 0.0;
    }

    /// <inheritdoc/>
    public bool Observe(in WalkView<T> view) => Observe(view.Step, view.Regime, view);

    /// <summary>
    /// <see cref="Observe(in WalkView{T})"/> for the path's <paramref name="states"/> after <paramref name="step"/>
    /// (-1: time 0) in <paramref name="regime"/>: a GPU thread's view, or one lane's of the SIMD walk.
    /// </summary>
    public bool Observe<TStates>(int step, int regime, in TStates states) where TStates : ISlotStates<T>, allows ref struct
    {
        if (step >= 0)
        {
            for (int g = 0; g < Book.GroupCount; g++)
            {
                RevaluationGroup group = Book.Groups[g];
                if (group.ExpiryStep != step) continue;
                double spot = Book.Markets[group.Slot].Spot * Math.Exp(TMath.ToDouble(states.State(group.Slot, 0).LogSpot));
                Cash[group.Slot * Threads + _thread] += group.ExpiryDiscount * BookRevaluation.Settle<T, TMath>(group, Book.Positions, spot);
            }
        }
        int observation = step < 0 ? StartObservation : ObservationOfStep[step];
        if (observation >= 0) Record(states, regime, observation);
        return true;
    }

    /// <inheritdoc/>
    public void End()
    {
    }

    private readonly void Record<TStates>(in TStates states, int regime, int observation) where TStates : ISlotStates<T>, allows ref struct
    {
        for (int slot = 0; slot < Series.Slots; slot++)
        {
            PathState<T> state = states.State(slot, 0);
            double spot = Book.Markets[slot].Spot * Math.Exp(TMath.ToDouble(state.LogSpot));
            SlotFigures figures = Book.Evaluate<TMath>(slot, observation, regime, spot, state.LogSpot, state.Variance);
            long cell = Series.At(observation, slot, _local);
            Series.Value[cell] = figures.Value + Cash[slot * Threads + _thread] * CashGrowth[observation];
            Series.Delta[cell] = figures.Delta;
            Series.Gamma[cell] = figures.Gamma;
            Series.AbsGamma[cell] = figures.AbsGamma;
            Series.AbsGammaYears[cell] = figures.AbsGammaYears;
            Series.Spot[cell] = spot;
            Series.Variance[cell] = TMath.ToDouble(state.Variance);
        }
        Series.Regime[(long)observation * Series.Capacity + _local] = regime;
    }
}
