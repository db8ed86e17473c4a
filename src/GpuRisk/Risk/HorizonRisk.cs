using GpuRisk.Config;

namespace GpuRisk.Risk;

/// <summary>The finished figures of one horizon (DESIGN.md's <c>var.json</c> horizon entry).</summary>
/// <param name="Horizon">The horizon.</param>
/// <param name="Paths">Paths behind the figures.</param>
/// <param name="Mean">Mean P&amp;L, USD.</param>
/// <param name="MeanStderr">Its standard error, USD.</param>
/// <param name="Sd">P&amp;L standard deviation, USD.</param>
/// <param name="SdStderr">Its standard error, USD.</param>
/// <param name="Levels">VaR and ES per level.</param>
/// <param name="Underlyings">Names of the contributions' underlyings.</param>
/// <param name="RegimeProbabilities">Probability of ending the horizon in each regime (name, probability).</param>
/// <param name="RevaluationError">Worst |device - analytic| book value at probed path states, USD.</param>
/// <param name="Samples">Every path's P&amp;L, USD (for quantiles and the histogram).</param>
public sealed record HorizonRisk(Duration Horizon, long Paths, double Mean, double MeanStderr, double Sd, double SdStderr,
    IReadOnlyList<LevelEstimate> Levels, IReadOnlyList<string> Underlyings, IReadOnlyList<(string Regime, double Probability)> RegimeProbabilities,
    double RevaluationError, double[] Samples)
{
    /// <summary>The P&amp;L quantile at probability <paramref name="p"/> (type 7 interpolation between order statistics), USD.</summary>
    public static double Quantile(double[] sorted, double p)
    {
        double h = (sorted.Length - 1) * p;
        int lo = (int)Math.Floor(h);
        int hi = Math.Min(lo + 1, sorted.Length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
