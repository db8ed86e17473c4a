using GpuRisk.Horizon;
using GpuRisk.Markets;
using GpuRisk.Risk;
using ILGPU.Runtime;

namespace GpuRisk.Optimization;

/// <summary>
/// Estimates, per underlying, regime and time bucket (<see cref="CheckBuckets"/>), how the book's hedge target moves
/// per check, from the horizon engine's recorded paths: the diffusive variance of the target's increments (gamma,
/// vanna), the probability and sample of jump increments (kept apart), the variance of the spot move (the hedging error
/// per coin of mismatch), and the spot and vol levels the costs see. Everything is kept in mergeable block sums, so
/// shards' statistics add up; the whole horizon's are the sum over its buckets.
/// </summary>
/// <remarks>
/// An interval between two checks counts as a jump when |ln(S'/S)| exceeds 5 sqrt(v dt) with v the path's variance at
/// the first check: a diffusive move does so with probability below 1e-6, and smaller jumps act on the hedge like
/// diffusion. The interval belongs to the regime the path is in at its first check, and to that check's bucket. The
/// target is minus the book's delta, so its increment is minus the delta's.
/// </remarks>
public sealed class TransitionLawEstimator
{
    /// <summary>Jump increments kept per underlying, regime and bucket, in path order (the empirical jump law).</summary>
    public const int MaxJumpSample = 20_000;

    private readonly Stats[] _stats;

    /// <summary>A fresh estimator for <paramref name="slots"/> underlyings and <paramref name="regimes"/> regimes over <paramref name="buckets"/>.</summary>
    public TransitionLawEstimator(int slots, int regimes, CheckBuckets buckets)
    {
        Slots = slots;
        Regimes = regimes;
        Buckets = buckets;
        _stats = [.. Enumerable.Range(0, slots * regimes * buckets.Count).Select(_ => new Stats())];
    }

    /// <summary>Underlyings.</summary>
    public int Slots { get; }

    /// <summary>Regimes.</summary>
    public int Regimes { get; }

    /// <summary>The time buckets the statistics are kept per.</summary>
    public CheckBuckets Buckets { get; }

    /// <summary>The statistics of (slot, regime) in bucket <paramref name="bucket"/>.</summary>
    public Stats Of(int slot, int regime, int bucket) => _stats[(slot * Regimes + regime) * Buckets.Count + bucket];

    /// <summary>The statistics of (slot, regime) over the whole horizon: the sum over the buckets (a fresh copy).</summary>
    public Stats Of(int slot, int regime)
    {
        var whole = new Stats();
        for (int b = 0; b < Buckets.Count; b++) whole.Merge(Of(slot, regime, b));
        return whole;
    }

    /// <summary>Adds every interval of a chunk of recorded paths (check times <paramref name="checkYears"/>, 0 first).</summary>
    /// <exception cref="ArgumentException">The series has not one interval per interval of the buckets.</exception>
    public void Add(HorizonSeries series, IReadOnlyList<double> checkYears)
    {
        if (series.Observations - 1 != Buckets.Intervals)
            throw new ArgumentException($"{series.Observations - 1} check intervals recorded; the buckets cover {Buckets.Intervals}", nameof(series));
        double[] delta = HorizonSeries.Download(series.Delta), spot = HorizonSeries.Download(series.Spot);
        double[] variance = HorizonSeries.Download(series.Variance);
        int[] regime = series.Regime.GetAsArray1D();
        for (int i = 0; i < series.Count; i++)
        {
            long path = series.PathStart + i;
            for (int k = 0; k + 1 < series.Observations; k++)
            {
                double dt = checkYears[k + 1] - checkYears[k];
                int r = regime[k * series.Capacity + i];
                int bucket = Buckets.Of(k);
                for (int s = 0; s < series.Slots; s++)
                {
                    long now = series.At(k, s, i), next = series.At(k + 1, s, i);
                    double targetMove = -(delta[next] - delta[now]);
                    double spotMove = spot[next] - spot[now];
                    bool jump = Math.Abs(Math.Log(spot[next] / spot[now])) > 5 * Math.Sqrt(Math.Max(variance[now], 0) * dt) + 1e-12;
                    Stats st = Of(s, r, bucket);
                    (jump ? st.Jump : st.Diffusive).Add(path, targetMove);
                    if (jump && st.JumpSample.Count < MaxJumpSample) st.JumpSample.Add(targetMove);
                    st.SpotMove.Add(path, spotMove);
                    st.Spot.Add(path, spot[now]);
                    st.Variance.Add(path, variance[now]);
                }
            }
        }
    }

    /// <summary>Adds another shard's (disjoint) statistics over the same buckets.</summary>
    /// <exception cref="ArgumentException">The other estimator's buckets differ.</exception>
    public void Merge(TransitionLawEstimator other)
    {
        if (other.Buckets.Intervals != Buckets.Intervals || !other.Buckets.FirstInterval.SequenceEqual(Buckets.FirstInterval))
            throw new ArgumentException("the estimators' time buckets differ", nameof(other));
        for (int i = 0; i < _stats.Length; i++) _stats[i].Merge(other._stats[i]);
    }

    /// <summary>
    /// The hedging problem of underlying <paramref name="slot"/> (market underlying <paramref name="underlying"/>) over
    /// the whole horizon at risk aversion <paramref name="riskAversion"/>; a regime no path visited borrows the law
    /// pooled over the others.
    /// </summary>
    /// <remarks>
    /// The regime chain switches once a day; per check of d days the matrix (1 - d) I + d P keeps its stationary law and
    /// its expected switches per day, which is what the stationary band depends on.
    /// </remarks>
    public HedgeBandProblem Problem(int slot, MarketSnapshot market, int underlying, double checkYears, double riskAversion) =>
        Problem(r => Of(slot, r), market, underlying, checkYears, riskAversion);

    /// <summary>
    /// The hedging problem of underlying <paramref name="slot"/> during bucket <paramref name="bucket"/>, as the whole
    /// horizon's <see cref="Problem(int, MarketSnapshot, int, double, double)"/> (a regime no path visited in the
    /// bucket borrows the bucket's law pooled over the others).
    /// </summary>
    public HedgeBandProblem Problem(int slot, int bucket, MarketSnapshot market, int underlying, double checkYears, double riskAversion) =>
        Problem(r => Of(slot, r, bucket), market, underlying, checkYears, riskAversion);

    private HedgeBandProblem Problem(Func<int, Stats> statsOf, MarketSnapshot market, int underlying, double checkYears, double riskAversion)
    {
        UnderlyingMarket u = market.Underlyings[underlying];
        var laws = new RegimeHedgeLaw[Regimes];
        Stats[] regimes = [.. Enumerable.Range(0, Regimes).Select(statsOf)];
        var pooled = new Stats();
        foreach (Stats st in regimes) pooled.Merge(st);
        for (int r = 0; r < Regimes; r++)
        {
            Stats st = regimes[r].Diffusive.Count + regimes[r].Jump.Count > 0 ? regimes[r] : pooled;
            laws[r] = st.Law(market.Regimes.Names[r], market.CostsIn(r), u.DepthCoins);
        }
        double d = checkYears * 365.0;
        double[][] perDay = market.Regimes.TransitionPerDay;
        double[][] perCheck = [.. Enumerable.Range(0, Regimes).Select(i => Enumerable.Range(0, Regimes)
            .Select(j => (i == j ? 1 - d : 0) + d * perDay[i][j]).ToArray())];
        return new HedgeBandProblem(laws, perCheck, checkYears, riskAversion);
    }

    /// <summary>Block sums of one underlying's intervals in one regime (and one bucket, or the whole horizon).</summary>
    public sealed class Stats
    {
        /// <summary>Target increments of intervals without a jump, coins.</summary>
        public MomentBlocks Diffusive { get; } = new();

        /// <summary>Target increments of intervals with a jump, coins.</summary>
        public MomentBlocks Jump { get; } = new();

        /// <summary>Spot moves over each interval, USD.</summary>
        public MomentBlocks SpotMove { get; } = new();

        /// <summary>Spot at the start of each interval, USD.</summary>
        public MomentBlocks Spot { get; } = new();

        /// <summary>Variance at the start of each interval.</summary>
        public MomentBlocks Variance { get; } = new();

        /// <summary>The first jump increments, in path order, coins.</summary>
        public List<double> JumpSample { get; } = [];

        /// <summary>Adds another run's statistics.</summary>
        public void Merge(Stats other)
        {
            MergeBlocks(Diffusive, other.Diffusive);
            MergeBlocks(Jump, other.Jump);
            MergeBlocks(SpotMove, other.SpotMove);
            MergeBlocks(Spot, other.Spot);
            MergeBlocks(Variance, other.Variance);
            JumpSample.AddRange(other.JumpSample.Take(MaxJumpSample - JumpSample.Count));
        }

        /// <summary>The regime's law as the dynamic program reads it.</summary>
        public RegimeHedgeLaw Law(string name, CostModel costs, double depthCoins)
        {
            double n = Diffusive.Count + Jump.Count;
            var diffusive = Diffusive.Summary();
            double diffusiveVariance = Diffusive.Count > 1 ? diffusive.Sd * diffusive.Sd + diffusive.Mean * diffusive.Mean : 0.0;
            double jumpProbability = n > 0 ? Jump.Count / n : 0.0;
            var spotMove = SpotMove.Summary();
            double e2 = spotMove.Sd * spotMove.Sd + spotMove.Mean * spotMove.Mean;
            var law = new TargetIncrementLaw(diffusiveVariance, JumpSample.Count > 0 ? jumpProbability : 0.0,
                JumpSample.Count > 0 ? new EmpiricalJumpSize([.. JumpSample]) : null);
            return new RegimeHedgeLaw(name, Spot.Summary().Mean, Math.Sqrt(Math.Max(Variance.Summary().Mean, 0) / 365.0), costs,
                depthCoins, law, e2);
        }

        /// <summary>Merges blocks that may overlap (the same block from two regimes' or two buckets' pools) by adding them.</summary>
        private static void MergeBlocks(MomentBlocks into, MomentBlocks from)
        {
            foreach (var (block, sums) in from.Blocks)
            {
                if (into.Blocks.TryGetValue(block, out double[]? existing))
                {
                    for (int p = 0; p < sums.Length; p++) existing[p] += sums[p];
                }
                else
                {
                    into.AddBlock(block, (double[])sums.Clone());
                }
            }
        }
    }
}
