namespace GpuRisk.Kernels.Payoffs;

/// <summary>
/// One term of a book part's per-path value (<see cref="BookPartValues"/>): Weight x the option's discounted
/// payoff, less BaseWeight x the base option's. Taken as one difference, so a term whose option is its own base
/// with the same weight is exactly zero on every path (a stress cell that shocks nothing changes nothing).
/// </summary>
public struct PartTerm
{
    /// <summary>The part it adds to; terms are sorted by part, and every part has at least one.</summary>
    public int Part;
    /// <summary>The option (index into the walk's options).</summary>
    public int Option;
    /// <summary>Quantity x the spot the option is valued at: USD per unit of its per-path value (units of S0).</summary>
    public double Weight;
    /// <summary>The option subtracted, or -1 for none.</summary>
    public int BaseOption;
    /// <summary>Weight of <see cref="BaseOption"/>.</summary>
    public double BaseWeight;
}
