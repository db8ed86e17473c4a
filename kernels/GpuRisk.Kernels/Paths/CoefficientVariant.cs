namespace GpuRisk.Kernels.Paths;

/// <summary>
/// The coefficient variants a pricing walk reads (see <see cref="WalkInputs{T}.Coefficients"/>). The first
/// three are also state variants (walked in parallel with the same draws); the time-bumped ones are read only
/// at an option's expiry step, to re-step that step longer and shorter for theta.
/// </summary>
public static class CoefficientVariant
{
    /// <summary>The model as given.</summary>
    public const int Base = 0;
    /// <summary>sqrt(v0) and sqrt(theta) (Black-Scholes: vol) + the vega bump.</summary>
    public const int VolUp = 1;
    /// <summary>sqrt(v0) and sqrt(theta) (Black-Scholes: vol) - the vega bump.</summary>
    public const int VolDown = 2;
    /// <summary>Base model, every step lengthened by the theta bump.</summary>
    public const int Later = 3;
    /// <summary>Base model, every step shortened by the theta bump.</summary>
    public const int Earlier = 4;
    /// <summary>Number of coefficient tables of a pricing walk with Greeks.</summary>
    public const int Count = 5;
    /// <summary>Number of state variants of a pricing walk with Greeks (base, vol up, vol down).</summary>
    public const int StateCount = 3;
}
