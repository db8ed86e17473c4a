namespace GpuRisk.MonteCarlo;

/// <summary>One coefficient table of a walk: every slot's dynamics with a vol shift, every step scaled.</summary>
/// <param name="VolShift">Added to sqrt(v0) and sqrt(theta) (Black-Scholes: vol), e.g. the vega bump.</param>
/// <param name="DtScale">Every step's length multiplied by this (1; 1 +- the theta bump).</param>
public readonly record struct CoefficientVariantSpec(double VolShift, double DtScale)
{
    /// <summary>The model as given.</summary>
    public static CoefficientVariantSpec Base => new(0.0, 1.0);
}
