using GpuRisk.Kernels.Revaluation;

namespace GpuRisk.Revaluation;

/// <summary>
/// The correction tables of a book's underlyings in each regime: layouts and data ready for the device.
/// Table <see cref="IndexOf"/>(slot, regime) is -1 where none is needed (a Black-Scholes regime, or no options).
/// </summary>
/// <param name="Layouts">One layout per built table.</param>
/// <param name="Data">Every table's numbers, in double (narrowed to the kernel's type at upload).</param>
/// <param name="Index">Per slot x regimes + regime: the table's index in <paramref name="Layouts"/>, or -1.</param>
/// <param name="Regimes">Regimes of the chain.</param>
/// <param name="MaxVariance">Largest variance on the tables' v axis (beyond it the edge is used).</param>
/// <param name="RootYearsNodes">Per table: its sqrt(T) nodes, ascending from 0.</param>
public sealed record CorrectionTableSet(CorrectionTableLayout[] Layouts, double[] Data, int[] Index, int Regimes,
    double MaxVariance, double[][] RootYearsNodes)
{
    /// <summary>The table of <paramref name="slot"/> in <paramref name="regime"/>, or -1.</summary>
    public int IndexOf(int slot, int regime) => Index[slot * Regimes + regime];

    /// <summary>
    /// The cell of table <paramref name="table"/>'s sqrt(T) axis holding sqrt(<paramref name="years"/>) and the weight
    /// of its upper node (clamped to the axis).
    /// </summary>
    public (int Cell, double Weight) Locate(int table, double years)
    {
        double[] nodes = RootYearsNodes[table];
        double s = Math.Sqrt(years);
        if (s >= nodes[^1]) return (nodes.Length - 2, 1.0);
        int upper = Array.BinarySearch(nodes, s);
        if (upper >= 0) return upper == 0 ? (0, 0.0) : (upper - 1, 1.0);
        upper = ~upper;
        return (upper - 1, (s - nodes[upper - 1]) / (nodes[upper] - nodes[upper - 1]));
    }
}
