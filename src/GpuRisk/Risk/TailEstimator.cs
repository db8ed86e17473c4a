using MathNet.Numerics.Distributions;

namespace GpuRisk.Risk;

/// <summary>
/// VaR and ES with 95% intervals, and ES's Euler contributions, from the largest losses of n simulated paths.
/// </summary>
/// <remarks>
/// <para>With q = 1 - p and losses sorted largest first (L_[1] &gt;= L_[2] &gt;= ...): VaR_p = L_[j],
/// j = floor(n q) + 1 (exactly floor(n q) losses lie above it). Interval: the number X of sample losses at or
/// above the true VaR is Bin(n, q), and L_[i] &gt;= VaR iff X &gt;= i, so [L_[b], L_[a]] with a the 2.5% and b - 1
/// the 97.5% binomial quantile covers the true VaR with probability at least 95%, whatever the distribution
/// (order-statistic interval, e.g. David and Nagaraja, Order Statistics, 3rd ed., 7.1).</para>
/// <para>ES_p = (sum_{i &lt;= floor(m)} L_[i] + (m - floor(m)) L_[floor(m) + 1]) / m with m = n q (Acerbi and Tasche
/// 2002: the coherent estimator, exact for any n). Interval: ES +- 1.96 sqrt((s^2 + p (ES - VaR)^2) / (n q)), s^2 the
/// variance of the losses beyond VaR (the asymptotic variance of the tail-mean estimator; Manistre and Hancock,
/// NAAJ 9(2), 2005). The Euler contribution of underlying u is the same weighted mean of its part of each tail
/// loss, so the contributions sum to ES exactly (Tasche 1999).</para>
/// </remarks>
public static class TailEstimator
{
    private static readonly double Z975 = Normal.InvCDF(0, 1, 0.975);

    /// <summary>Losses a tail must keep so every level in <paramref name="levels"/> has its figures and intervals.</summary>
    public static int TailSize(long paths, IEnumerable<double> levels) =>
        (int)Math.Min(paths, levels.Max(p => BinomialQuantile.Of(paths, 1 - p, 0.975) + 2));

    /// <summary>The figures at level <paramref name="level"/> from the tail <paramref name="sorted"/> (largest first) of <paramref name="paths"/> losses.</summary>
    /// <exception cref="InvalidOperationException">The tail is too short for the level.</exception>
    public static LevelEstimate Estimate(IReadOnlyList<TailEntry> sorted, long paths, double level)
    {
        double q = 1 - level;
        double m = paths * q;
        int j = (int)Math.Floor(m) + 1;
        long a = Math.Max(1, BinomialQuantile.Of(paths, q, 0.025));
        long b = BinomialQuantile.Of(paths, q, 0.975) + 1;
        if (b > sorted.Count || j > sorted.Count)
        {
            throw new InvalidOperationException($"a tail of {sorted.Count} losses is too short for level {level} over {paths} paths");
        }
        double valueAtRisk = sorted[j - 1].Loss;
        int whole = (int)Math.Floor(m);
        double fraction = m - whole;
        int parts = sorted[0].Parts.Length;
        double es = 0;
        var contributions = new double[parts];
        for (int i = 0; i <= whole && i < sorted.Count; i++)
        {
            double weight = i < whole ? 1.0 : fraction;
            if (weight == 0) continue;
            es += weight * sorted[i].Loss;
            for (int u = 0; u < parts; u++) contributions[u] += weight * sorted[i].Parts[u];
        }
        es /= m;
        for (int u = 0; u < parts; u++) contributions[u] /= m;
        int beyond = Math.Max(2, (int)Math.Ceiling(m));
        double tailMean = 0, tailSquares = 0;
        for (int i = 0; i < beyond && i < sorted.Count; i++) tailMean += sorted[i].Loss;
        tailMean /= beyond;
        for (int i = 0; i < beyond && i < sorted.Count; i++) tailSquares += (sorted[i].Loss - tailMean) * (sorted[i].Loss - tailMean);
        double tailVariance = tailSquares / (beyond - 1);
        double esStderr = Math.Sqrt((tailVariance + level * (es - valueAtRisk) * (es - valueAtRisk)) / m);
        return new LevelEstimate(level, valueAtRisk, sorted[(int)b - 1].Loss, sorted[(int)a - 1].Loss,
            es, es - Z975 * esStderr, es + Z975 * esStderr, contributions);
    }
}
