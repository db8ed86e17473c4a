namespace GpuRisk.Kernels.Hedging;

/// <summary>
/// Where a trade lands relative to the target (DESIGN.md's <c>to=</c> key): at the target, at the band's edge, or
/// halfway; always on the side the mismatch breached.
/// </summary>
public static class Landing
{
    /// <summary>Land on the target.</summary>
    public const int Target = 0;
    /// <summary>Land on the band's edge.</summary>
    public const int Edge = 1;
    /// <summary>Land halfway between the target and the edge.</summary>
    public const int Mid = 2;

    /// <summary>The landing mismatch for mode <paramref name="mode"/> after a breach of band <paramref name="band"/> by <paramref name="mismatch"/>.</summary>
    public static double Of(int mode, double mismatch, double band)
    {
        double side = mismatch < 0 ? -1.0 : 1.0;
        return mode == Edge ? side * band : mode == Mid ? 0.5 * side * band : 0.0;
    }

    /// <summary>
    /// The band rules' decision: trade when |<paramref name="mismatch"/>| exceeds <paramref name="band"/>, landing
    /// as <paramref name="mode"/> says.
    /// </summary>
    public static bool Breached(int mode, double mismatch, double band, out double landing)
    {
        landing = Of(mode, mismatch, band);
        return mismatch > band || mismatch < -band;
    }
}
