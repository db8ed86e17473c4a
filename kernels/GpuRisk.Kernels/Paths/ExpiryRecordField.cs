namespace GpuRisk.Kernels.Paths;

/// <summary>
/// The per-path figures an <see cref="ExpiryGroup"/> records at its expiry (X = S_T / S0 of the slot). A walk
/// without Greeks records <see cref="Spot"/> alone (<see cref="ValueCount"/> fields).
/// </summary>
public static class ExpiryRecordField
{
    /// <summary>X = S_T / S0.</summary>
    public const int Spot = 0;
    /// <summary>ln X minus its Gaussian part: the mean of ln X given the variance path and jumps.</summary>
    public const int ConditionalLogMean = 1;
    /// <summary>1 / the conditional standard deviation of ln X given the variance path and jumps (0: no Gaussian part); an inverse, so settling multiplies.</summary>
    public const int ConditionalLogSdInverse = 2;
    /// <summary>X with the expiry step re-taken longer by the theta bump, same draws.</summary>
    public const int SpotLater = 3;
    /// <summary>X with the expiry step re-taken shorter by the theta bump, same draws.</summary>
    public const int SpotEarlier = 4;
    /// <summary>X of the vol-up state variant.</summary>
    public const int SpotVolUp = 5;
    /// <summary>X of the vol-down state variant.</summary>
    public const int SpotVolDown = 6;
    /// <summary>Fields of a walk with Greeks.</summary>
    public const int GreekCount = 7;
    /// <summary>Fields of a values-only walk.</summary>
    public const int ValueCount = 1;
}
