namespace GpuRisk.Pricing.Analytic;

/// <summary>A function from one real to <see cref="Dimension"/> reals, integrated component by component.</summary>
/// <remarks>
/// Vector-valued so that every component (several strikes, value and Greeks) shares one adaptive mesh
/// and one evaluation of the expensive part (the characteristic function) per node.
/// </remarks>
internal interface IVectorIntegrand
{
    /// <summary>Number of components.</summary>
    int Dimension { get; }

    /// <summary>
    /// Writes f(<paramref name="x"/>) into <paramref name="values"/> (length <see cref="Dimension"/>) and, unless
    /// <paramref name="magnitudes"/> is empty, each component's rounding scale: the sum of the absolute values
    /// of the terms that make it up. Where terms cancel (a control variate) that scale, not |f|, bounds
    /// the accuracy any rule can reach.
    /// </summary>
    void Evaluate(double x, Span<double> values, Span<double> magnitudes);
}
