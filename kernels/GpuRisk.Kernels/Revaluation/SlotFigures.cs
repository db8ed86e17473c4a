namespace GpuRisk.Kernels.Revaluation;

/// <summary>
/// The revalued book on one underlying at one path state, quantity included: value (USD), delta (coins),
/// gamma (coins per USD), and sum |gamma| and sum |gamma| T over options, whose ratio is the
/// gamma-weighted time to expiry the Whalley-Wilmott and Zakamouline bands use.
/// </summary>
public struct SlotFigures
{
    /// <summary>Value, USD.</summary>
    public double Value;
    /// <summary>dV/dS, coins.</summary>
    public double Delta;
    /// <summary>d2V/dS2, coins per USD.</summary>
    public double Gamma;
    /// <summary>Sum of |gamma| over options, coins per USD.</summary>
    public double AbsGamma;
    /// <summary>Sum of |gamma| T over options, coins per USD x years.</summary>
    public double AbsGammaYears;
}
