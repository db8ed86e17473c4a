namespace GpuRisk.Optimization;

/// <summary>A fixed band policy: one <see cref="RegimeBand"/> per regime, in the problem's regime order.</summary>
/// <param name="Regimes">The band of each regime.</param>
public sealed record BandPolicy(IReadOnlyList<RegimeBand> Regimes)
{
    /// <summary>The same band in every one of <paramref name="regimes"/> regimes.</summary>
    public static BandPolicy Uniform(RegimeBand band, int regimes) => new(Enumerable.Repeat(band, regimes).ToArray());

    /// <summary>
    /// The policy's action per state of the chain on <paramref name="grid"/> (regime-major): the grid
    /// point traded to, or the state's own point. A reset lands on the nearest grid point.
    /// </summary>
    internal int[] Actions(MismatchGrid grid)
    {
        int n = grid.Points;
        var actions = new int[Regimes.Count * n];
        for (int k = 0; k < Regimes.Count; k++)
        {
            RegimeBand band = Regimes[k];
            for (int i = 0; i < n; i++)
            {
                double m = grid.Coins(i);
                actions[k * n + i] = m > band.UpperBandCoins ? grid.Nearest(band.UpperResetCoins)
                    : m < -band.LowerBandCoins ? grid.Nearest(-band.LowerResetCoins)
                    : i;
            }
        }
        return actions;
    }

    /// <exception cref="ArgumentException">Not one band per regime, or a band out of range.</exception>
    internal void Validate(int regimes)
    {
        if (Regimes is null || Regimes.Count != regimes)
            throw new ArgumentException($"policy: need {regimes} bands, one per regime", nameof(Regimes));
        for (int k = 0; k < regimes; k++) Regimes[k].Validate($"policy band {k}");
    }
}
