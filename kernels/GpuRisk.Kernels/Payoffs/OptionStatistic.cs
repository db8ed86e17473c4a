namespace GpuRisk.Kernels.Payoffs;

/// <summary>The per-path quantities summed for each option (rows of the accumulator, in units of S0).</summary>
public static class OptionStatistic
{
    /// <summary>Discounted payoff.</summary>
    public const int Value = 0;
    /// <summary>Its square (for the standard error).</summary>
    public const int ValueSquared = 1;
    /// <summary>Pathwise delta.</summary>
    public const int Delta = 2;
    /// <summary>Conditional-density gamma (times S0).</summary>
    public const int Gamma = 3;
    /// <summary>Theta per calendar day.</summary>
    public const int Theta = 4;
    /// <summary>Vega per 0.01.</summary>
    public const int Vega = 5;
    /// <summary>Rows per option.</summary>
    public const int Count = 6;
}
