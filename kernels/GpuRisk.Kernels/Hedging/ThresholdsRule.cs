using ILGPU;

namespace GpuRisk.Kernels.Hedging;

/// <summary>The bands <c>optimize</c> exported (<c>thresholds:FILE</c>): per underlying and regime a band and a reset.</summary>
public struct ThresholdsRule : IHedgeRule
{
    /// <summary>Band half-width per (underlying x Regimes + regime), coins.</summary>
    public ArrayView<double> Band;
    /// <summary>Reset distance per (underlying x Regimes + regime), coins.</summary>
    public ArrayView<double> Reset;
    /// <summary>Regimes of the chain.</summary>
    public int Regimes;

    /// <inheritdoc/>
    public bool Decide(in HedgeCheck check, out double landing)
    {
        int at = check.Slot * Regimes + check.Regime;
        double band = Band[at];
        landing = check.Mismatch < 0 ? -Reset[at] : Reset[at];
        return check.Mismatch > band || check.Mismatch < -band;
    }
}
