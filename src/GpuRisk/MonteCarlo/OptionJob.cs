namespace GpuRisk.MonteCarlo;

/// <summary>One European option to price by simulation (one coin; quantity weights the book total).</summary>
/// <param name="IsPut">Put (true) or call.</param>
/// <param name="Strike">Strike, USD.</param>
/// <param name="ExpiryYears">Time to expiry, years (a point of the grid).</param>
/// <param name="Quantity">Signed coins, for the book's per-path value.</param>
public sealed record OptionJob(bool IsPut, double Strike, double ExpiryYears, double Quantity);
