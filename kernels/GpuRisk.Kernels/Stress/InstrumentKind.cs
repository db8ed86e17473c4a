namespace GpuRisk.Kernels.Stress;

/// <summary>
/// What a stress item holds, as the kernels see it (kernels know nothing of the book's types, so the
/// host maps its position kinds onto these codes).
/// </summary>
public enum InstrumentKind
{
    /// <summary>European call on one coin.</summary>
    Call = 0,
    /// <summary>European put on one coin.</summary>
    Put = 1,
    /// <summary>Dated future marked at the forward S e^((rate - carry) T), undiscounted.</summary>
    Future = 2,
    /// <summary>Perpetual swap marked at spot.</summary>
    Perp = 3,
    /// <summary>Coins held outright.</summary>
    Spot = 4,
}
