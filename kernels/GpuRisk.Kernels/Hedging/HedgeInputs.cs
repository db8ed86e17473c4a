using ILGPU;

namespace GpuRisk.Kernels.Hedging;

/// <summary>What a hedging launch needs besides the series and the rule: costs, times, keys, scratch and the chunk.</summary>
public struct HedgeInputs
{
    /// <summary>Cost model per regime.</summary>
    public ArrayView<RegimeCosts> Costs;
    /// <summary>Market depth per slot, coins (square-root impact).</summary>
    public ArrayView<double> DepthCoins;
    /// <summary>Time of each check, years (check 0 is 0).</summary>
    public ArrayView<double> CheckYears;
    /// <summary>Per-path scratch per slot at [slot x Count + i]: the hedge, coins.</summary>
    public ArrayView<double> Hedge;
    /// <summary>Per-path scratch per slot: time of the last trade, years.</summary>
    public ArrayView<double> LastTrade;
    /// <summary>Per-path scratch per slot: 1 while a failed trade waits to be retried.</summary>
    public ArrayView<int> Pending;
    /// <summary>Per-path scratch per slot: where the failed trade was to land (mismatch, coins).</summary>
    public ArrayView<double> PendingLanding;
    /// <summary>Continuously compounded rate per year.</summary>
    public double Rate;
    /// <summary>Philox key (the run's seed): the failure draws.</summary>
    public ulong Seed;
    /// <summary>First global path of the chunk.</summary>
    public long PathStart;
    /// <summary>Paths in the chunk.</summary>
    public int Count;
    /// <summary>
    /// No trade within this long of the last one on the same underlying, years, per ((slot x regimes + regime) x
    /// buckets + bucket): <c>cooldown=</c>, or a thresholds file's <c>cooldownHours</c>.
    /// </summary>
    public ArrayView<double> CooldownYears;
    /// <summary>
    /// Smallest trade, coins, laid out as <see cref="CooldownYears"/>: <c>min=</c>, or a thresholds file's
    /// <c>minTrade</c> (per schedule bucket where the file has a schedule).
    /// </summary>
    public ArrayView<double> MinTrade;
    /// <summary>The time buckets of <see cref="CooldownYears"/> and <see cref="MinTrade"/> (one unless a thresholds file has a schedule).</summary>
    public ScheduleBuckets LimitBuckets;

    /// <summary>Where (slot, regime) at time <paramref name="years"/> finds its trade limits in <see cref="CooldownYears"/> and <see cref="MinTrade"/>.</summary>
    public readonly int LimitAt(int slot, int regime, double years) =>
        (slot * (int)Costs.Length + regime) * LimitBuckets.Count + LimitBuckets.At(years);
}
