namespace GpuRisk.Optimization;

/// <summary>The optimizer's policy in one regime.</summary>
/// <remarks>
/// With fees and gas alone every breach trades to the same reset. Square-root impact makes a large trade
/// dearer per coin, so a deep breach trades only part of the way, landing farther out the deeper it is
/// (beyond the band's edge for a very deep one, finishing over the next checks): the band's reset is
/// that of the smallest breach, and <paramref name="Actions"/> holds the rest.
/// </remarks>
/// <param name="Regime">Regime name.</param>
/// <param name="Band">The band and reset on each side, read off <paramref name="Actions"/> (<see cref="ActionMap.Band"/>); h and r are their means.</param>
/// <param name="IsSymmetric">Both sides' band and reset agree within one grid step.</param>
/// <param name="Figures">Long-run figures while in this regime.</param>
/// <param name="Actions">The full action map, for inspection.</param>
public sealed record RegimeBandResult(string Regime, RegimeBand Band, bool IsSymmetric, RegimeFigures Figures, ActionMap Actions);
