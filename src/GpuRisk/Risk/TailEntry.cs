namespace GpuRisk.Risk;

/// <summary>One of the largest losses of a run: the loss (USD, positive), its global path, and its parts per underlying.</summary>
/// <param name="Loss">Loss, USD (minus the P&amp;L).</param>
/// <param name="Path">Global path index (breaks ties, so every merge orders the same).</param>
/// <param name="Parts">Loss per underlying, USD (they sum to <paramref name="Loss"/>).</param>
public sealed record TailEntry(double Loss, long Path, double[] Parts);
