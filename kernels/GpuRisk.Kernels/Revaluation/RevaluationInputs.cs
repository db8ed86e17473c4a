using System.Numerics;
using GpuRisk.Kernels.Numerics;
using ILGPU;

namespace GpuRisk.Kernels.Revaluation;

/// <summary>
/// The book as the device revalues it: positions, groups, today's markets, the per-(observation, group, regime)
/// terms and the correction tables. One struct, so the path observer and the accuracy probe evaluate the book
/// through the same code (<see cref="Evaluate{TMath}"/>).
/// </summary>
public struct RevaluationInputs<T> where T : unmanaged, INumber<T>
{
    /// <summary>The book's positions, grouped.</summary>
    public ArrayView<HeldPosition<T>> Positions;
    /// <summary>Revaluation groups sorted by slot.</summary>
    public ArrayView<RevaluationGroup> Groups;
    /// <summary>Per slot s: its groups are [SlotGroupStart[s], SlotGroupStart[s + 1]).</summary>
    public ArrayView<int> SlotGroupStart;
    /// <summary>Today's spot and rates per slot.</summary>
    public ArrayView<SlotMarket<T>> Markets;
    /// <summary>Per (observation, group, regime) terms.</summary>
    public ArrayView<GroupAtObservation<T>> AtObservation;
    /// <summary>Correction table layouts.</summary>
    public ArrayView<CorrectionTableLayout> Layouts;
    /// <summary>Correction table data.</summary>
    public ArrayView<T> Tables;
    /// <summary>Revaluation groups.</summary>
    public int GroupCount;
    /// <summary>Regimes of the chain.</summary>
    public int Regimes;

    /// <summary>
    /// The alive positions of <paramref name="slot"/> at <paramref name="observation"/> in <paramref name="regime"/>,
    /// at spot <paramref name="spot"/> (ln(S/S0) = <paramref name="logReturn"/>) and variance <paramref name="variance"/>.
    /// Settled groups are left out (their cash is the caller's).
    /// </summary>
    public SlotFigures Evaluate<TMath>(int slot, int observation, int regime, double spot, T logReturn, T variance)
        where TMath : struct, IRealMath<T>
    {
        var figures = default(SlotFigures);
        SlotMarket<T> market = Markets[slot];
        T spotT = TMath.From(spot);
        for (int g = SlotGroupStart[slot]; g < SlotGroupStart[slot + 1]; g++)
        {
            GroupAtObservation<T> at = AtObservation[(observation * GroupCount + g) * Regimes + regime];
            if (at.Alive == 0) continue;
            BookRevaluation.AddGroup<T, TMath>(ref figures, Groups[g], at, market, Positions, Layouts, Tables, spotT, logReturn, variance);
        }
        return figures;
    }
}
