namespace GpuRisk.Kernels.Paths;

/// <summary>
/// One path's state for one underlying, kept in registers: log spot relative to today, variance,
/// and the Gaussian part of the log spot accumulated so far (for conditional Greeks).
/// </summary>
public struct PathState<T> where T : unmanaged
{
    /// <summary>ln(S / S0).</summary>
    public T LogSpot;
    /// <summary>Instantaneous variance.</summary>
    public T Variance;
    /// <summary>Sum over steps of s_i Zperp_i: the part of <see cref="LogSpot"/> driven by the spot residual.</summary>
    public T Gaussian;
    /// <summary>Sum over steps of s_i^2: the conditional variance of <see cref="LogSpot"/> given variance path and jumps.</summary>
    public T GaussianVariance;
}
