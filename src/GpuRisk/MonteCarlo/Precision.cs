namespace GpuRisk.MonteCarlo;

/// <summary>Number type of the path kernels (sums are always accumulated in double).</summary>
public enum Precision
{
    /// <summary>32-bit floats: the default, fast on every GPU.</summary>
    Float,
    /// <summary>64-bit doubles, on request.</summary>
    Double,
}
