namespace GpuRisk.Kernels.Paths;

/// <summary>
/// The coefficient tables a pricing pass reads, stacked: table v holds GridSteps x RegimeCount
/// entries at offset v x GridSteps x RegimeCount.
/// </summary>
public static class CoefficientVariant
{
    /// <summary>The model as given.</summary>
    public const int Base = 0;
    /// <summary>sqrt(v0) and sqrt(theta) (Black-Scholes: vol) + 0.01.</summary>
    public const int VolUp = 1;
    /// <summary>sqrt(v0) and sqrt(theta) (Black-Scholes: vol) - 0.01.</summary>
    public const int VolDown = 2;
    /// <summary>Base model, every step lengthened by the theta bump (read only at expiry steps).</summary>
    public const int Later = 3;
    /// <summary>Base model, every step shortened by the theta bump.</summary>
    public const int Earlier = 4;
    /// <summary>Number of tables.</summary>
    public const int Count = 5;
}
