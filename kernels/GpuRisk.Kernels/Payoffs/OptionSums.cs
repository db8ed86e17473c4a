using GpuRisk.Kernels.Reductions;
using ILGPU;

namespace GpuRisk.Kernels.Payoffs;

/// <summary>One (option, error batch) unit's sums of its per-path statistics (<see cref="OptionStatistic"/>) over one block of paths.</summary>
public struct OptionSums
{
    /// <summary>Sum of discounted payoffs.</summary>
    public double Value;
    /// <summary>Sum of their squares.</summary>
    public double Squares;
    /// <summary>Sum of pathwise deltas.</summary>
    public double Delta;
    /// <summary>Sum of conditional-density gammas.</summary>
    public double Gamma;
    /// <summary>Sum of thetas.</summary>
    public double Theta;
    /// <summary>Sum of vegas.</summary>
    public double Vega;

    /// <summary>Where a unit's statistics sit among a <see cref="BlockTree"/>'s entries: (option x Count + statistic) x batches + batch.</summary>
    public readonly struct Entries(int option, int batch, int batches)
    {
        /// <summary>The entry of <paramref name="statistic"/>.</summary>
        public long Of(int statistic) => ((long)option * OptionStatistic.Count + statistic) * batches + batch;
    }

    /// <summary>The unit's sums in slot <paramref name="slot"/> of <paramref name="tree"/>.</summary>
    public static OptionSums Load(ArrayView<double> nodes, in BlockTree tree, int slot, Entries unit) => new()
    {
        Value = nodes[tree.Index(slot, unit.Of(OptionStatistic.Value))],
        Squares = nodes[tree.Index(slot, unit.Of(OptionStatistic.ValueSquared))],
        Delta = nodes[tree.Index(slot, unit.Of(OptionStatistic.Delta))],
        Gamma = nodes[tree.Index(slot, unit.Of(OptionStatistic.Gamma))],
        Theta = nodes[tree.Index(slot, unit.Of(OptionStatistic.Theta))],
        Vega = nodes[tree.Index(slot, unit.Of(OptionStatistic.Vega))],
    };

    /// <summary>Stores these sums in slot <paramref name="slot"/> of <paramref name="tree"/>.</summary>
    public readonly void Store(ArrayView<double> nodes, in BlockTree tree, int slot, Entries unit)
    {
        nodes[tree.Index(slot, unit.Of(OptionStatistic.Value))] = Value;
        nodes[tree.Index(slot, unit.Of(OptionStatistic.ValueSquared))] = Squares;
        nodes[tree.Index(slot, unit.Of(OptionStatistic.Delta))] = Delta;
        nodes[tree.Index(slot, unit.Of(OptionStatistic.Gamma))] = Gamma;
        nodes[tree.Index(slot, unit.Of(OptionStatistic.Theta))] = Theta;
        nodes[tree.Index(slot, unit.Of(OptionStatistic.Vega))] = Vega;
    }

    /// <summary>Closes the unit's leaves of <paramref name="span"/>'s block, every statistic's.</summary>
    public static void Close(ArrayView<double> nodes, in BlockTree tree, in BlockSpan span, Entries unit)
    {
        for (int statistic = 0; statistic < OptionStatistic.Count; statistic++) tree.Close(nodes, span, unit.Of(statistic));
    }
}
