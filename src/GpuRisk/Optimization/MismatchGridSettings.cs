namespace GpuRisk.Optimization;

/// <summary>
/// The mismatch grid of the dynamic program; a null field takes the default that
/// <see cref="MismatchGrid"/> derives from the problem.
/// </summary>
/// <param name="HalfRangeCoins">The grid spans [-HalfRangeCoins, +HalfRangeCoins] of mismatch, coins, &gt; 0.</param>
/// <param name="Points">Number of grid points, odd (so that the target, m = 0, is one), &gt;= 3.</param>
public sealed record MismatchGridSettings(double? HalfRangeCoins = null, int? Points = null);
