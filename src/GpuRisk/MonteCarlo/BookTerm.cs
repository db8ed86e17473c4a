namespace GpuRisk.MonteCarlo;

/// <summary>
/// One term of a book part's per-path value: <paramref name="Quantity"/> x the option's value on the path, less
/// <paramref name="BaseQuantity"/> x the base option's. A stress cell's change against the base book is a part
/// whose terms pair each shocked option with its unshocked self, so its standard error comes from per-path
/// differences on common random numbers.
/// </summary>
/// <param name="Option">Index of the <see cref="OptionJob"/>.</param>
/// <param name="Quantity">Signed coins.</param>
/// <param name="BaseOption">Index of the option subtracted, or -1 for none.</param>
/// <param name="BaseQuantity">Signed coins of <paramref name="BaseOption"/>.</param>
public sealed record BookTerm(int Option, double Quantity, int BaseOption = -1, double BaseQuantity = 0.0);
