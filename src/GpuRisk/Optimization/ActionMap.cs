namespace GpuRisk.Optimization;

/// <summary>
/// What a policy does in one regime at every mismatch of the grid: the mismatch it trades to
/// (the mismatch itself where it leaves the hedge), coins.
/// </summary>
public sealed class ActionMap
{
    private readonly MismatchGrid grid;
    private readonly int[] target;

    /// <param name="grid">The grid.</param>
    /// <param name="target">Per grid point, the grid point traded to (itself: no trade).</param>
    internal ActionMap(MismatchGrid grid, ReadOnlySpan<int> target)
    {
        this.grid = grid;
        this.target = target.ToArray();
        MismatchCoins = Enumerable.Range(0, grid.Points).Select(grid.Coins).ToArray();
        TradeToCoins = this.target.Select(grid.Coins).ToArray();
    }

    /// <summary>The grid's mismatches m = hedge - target, coins, ascending.</summary>
    public IReadOnlyList<double> MismatchCoins { get; }

    /// <summary>Per grid point, the mismatch after a successful trade, coins (equal to <see cref="MismatchCoins"/> where no trade).</summary>
    public IReadOnlyList<double> TradeToCoins { get; }

    /// <summary>Whether the policy trades at grid point <paramref name="index"/>.</summary>
    public bool Trades(int index) => target[index] != index;

    /// <summary>
    /// The band read off the map: on each side, the first trading point out from the target sets the band
    /// at half a grid step inside it (the threshold lies between the last point left alone and the
    /// first traded), and the point it trades to sets the reset; a side that never trades on the
    /// grid gets an infinite band.
    /// </summary>
    public RegimeBand Band()
    {
        (double upperBand, double upperReset) = Side(+1);
        (double lowerBand, double lowerReset) = Side(-1);
        return new RegimeBand(upperBand, upperReset, lowerBand, lowerReset);
    }

    private (double Band, double Reset) Side(int direction)
    {
        for (int i = grid.CenterIndex; i >= 0 && i < grid.Points; i += direction)
        {
            if (Trades(i)) return (Math.Max(direction * grid.Coins(i) - 0.5 * grid.StepCoins, 0), direction * grid.Coins(target[i]));
        }
        return (double.PositiveInfinity, double.NaN);
    }
}
