namespace GpuRisk.Kernels.Payoffs;

/// <summary>
/// The options of one book part that expire in one <see cref="Paths.ExpiryGroup"/>: their discounted payoffs,
/// summed with their weights, are one piecewise-linear function of the group's X = S_T / S0, with a kink at each
/// strike. It is held as <see cref="Kinks"/> + 1 <see cref="KinkPrefix"/> entries from <see cref="First"/>.
/// </summary>
public struct PartSegment
{
    /// <summary>The part it adds to; segments are sorted by part.</summary>
    public int Part;
    /// <summary>The expiry group whose X it is evaluated at.</summary>
    public int Group;
    /// <summary>Index of its first <see cref="KinkPrefix"/> entry.</summary>
    public int First;
    /// <summary>Distinct kinks (strikes in units of X), sorted ascending.</summary>
    public int Kinks;
}
