using ILGPU;

namespace GpuRisk.Kernels.Hedging;

/// <summary>
/// The bands <c>optimize</c> exported (<c>thresholds:FILE</c>): per underlying, regime and schedule bucket a band and a
/// reset; the bucket is the one in force at the check's time.
/// </summary>
public struct ThresholdsRule : IHedgeRule
{
    /// <summary>Band half-width per ((underlying x Regimes + regime) x buckets + bucket), coins.</summary>
    public ArrayView<double> Band;
    /// <summary>Reset distance, laid out as <see cref="Band"/>, coins.</summary>
    public ArrayView<double> Reset;
    /// <summary>Regimes of the chain.</summary>
    public int Regimes;
    /// <summary>The schedule's time buckets (one for a file without schedules).</summary>
    public ScheduleBuckets Buckets;

    /// <inheritdoc/>
    public bool Decide(in HedgeCheck check, out double landing)
    {
        int at = (check.Slot * Regimes + check.Regime) * Buckets.Count + Buckets.At(check.Years);
        double band = Band[at];
        landing = check.Mismatch < 0 ? -Reset[at] : Reset[at];
        return check.Mismatch > band || check.Mismatch < -band;
    }
}
