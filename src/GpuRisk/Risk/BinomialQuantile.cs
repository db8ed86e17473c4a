using MathNet.Numerics.Distributions;

namespace GpuRisk.Risk;

/// <summary>Quantiles of the binomial distribution, for distribution-free intervals on order statistics.</summary>
public static class BinomialQuantile
{
    /// <summary>The smallest k with P(X &lt;= k) &gt;= <paramref name="probability"/>, X ~ Bin(<paramref name="trials"/>, <paramref name="p"/>).</summary>
    public static long Of(long trials, double p, double probability)
    {
        if (trials > int.MaxValue) throw new ArgumentOutOfRangeException(nameof(trials), trials, "more trials than the binomial CDF supports");
        int n = (int)trials;
        double mean = n * p, sd = Math.Sqrt(n * p * (1 - p));
        // Start at the normal approximation, then walk to the exact quantile.
        long k = Math.Clamp((long)Math.Floor(mean + Normal.InvCDF(0, 1, probability) * sd), 0, n);
        while (k > 0 && Binomial.CDF(p, n, k - 1) >= probability) k--;
        while (k < n && Binomial.CDF(p, n, k) < probability) k++;
        return k;
    }
}
