using GpuRisk.Books;
using GpuRisk.Markets;

namespace GpuRisk.Stress;

/// <summary>The risk matrix of a book over a stress grid.</summary>
/// <param name="Method">"analytic" (closed form and Fourier integral) or "mc" (Monte Carlo).</param>
/// <param name="Device">The accelerator's name.</param>
/// <param name="Underlyings">The book's underlyings, in order of first appearance.</param>
/// <param name="BaseValue">The book's value at the unshocked market, USD.</param>
/// <param name="Cells">Every cell: for each underlying alone then <see cref="All"/>, the grid's scenarios in order.</param>
/// <param name="Worst">The cell with the lowest total value change.</param>
/// <param name="WorstVolShifts">The vol shifts <paramref name="Worst"/> applied, per underlying and expiry.</param>
/// <param name="Grid">The grid evaluated.</param>
/// <param name="BaseValueStdErr">Standard error of <paramref name="BaseValue"/>, USD (Monte Carlo); null for analytic results.</param>
public sealed record StressResult(
    string Method, string Device, IReadOnlyList<string> Underlyings, double BaseValue,
    IReadOnlyList<StressCell> Cells, StressCell Worst, IReadOnlyList<ExpiryVolShift> WorstVolShifts, StressGrid Grid,
    double? BaseValueStdErr = null)
{
    /// <summary>The name of the cells that shock every underlying at once.</summary>
    public const string All = "ALL";

    /// <summary>The result of evaluating <paramref name="cells"/>: finds the worst cell and the vol shifts it applied.</summary>
    public static StressResult Of(string method, string device, IReadOnlyList<string> underlyings, double baseValue,
        IReadOnlyList<StressCell> cells, StressGrid grid, Book book, MarketSnapshot market)
    {
        StressCell worst = cells.MinBy(c => c.Total.ValueChange)!;
        return new StressResult(method, device, underlyings, baseValue, cells, worst,
            ExpiryVolShift.InCell(worst, book, market, grid.Scaling), grid);
    }
}
