using MathNet.Numerics.Distributions;

namespace GpuRisk.Risk;

/// <summary>A probability estimated from a count, with its 95% Wilson score interval.</summary>
/// <remarks>E.B. Wilson, "Probable inference, the law of succession, and statistical inference", JASA 22, 1927; its
/// coverage stays near nominal for small counts, where the normal (Wald) interval collapses to a point.</remarks>
/// <param name="Probability">k / n.</param>
/// <param name="Low">Lower end.</param>
/// <param name="High">Upper end.</param>
public readonly record struct ProportionInterval(double Probability, double Low, double High)
{
    private static readonly double Z = Normal.InvCDF(0, 1, 0.975);

    /// <summary>The estimate of <paramref name="hits"/> in <paramref name="trials"/>.</summary>
    public static ProportionInterval Of(long hits, long trials)
    {
        if (trials <= 0) return new(double.NaN, double.NaN, double.NaN);
        double n = trials, p = hits / n, z2 = Z * Z;
        double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
        double half = Z / (1 + z2 / n) * Math.Sqrt(p * (1 - p) / n + z2 / (4 * n * n));
        return new(p, Math.Max(0.0, centre - half), Math.Min(1.0, centre + half));
    }
}
