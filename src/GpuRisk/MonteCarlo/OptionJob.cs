namespace GpuRisk.MonteCarlo;

/// <summary>
/// One European option on one coin to settle on a slot's paths. The models are homogeneous in spot (S_T scales
/// with S0), so a slot's paths value the option at any spot: a stress cell's spot shock is a different
/// <paramref name="Spot"/> on the same paths.
/// </summary>
/// <param name="Slot">Index of the <see cref="PricingSlot"/> it is settled on.</param>
/// <param name="IsPut">Put (true) or call.</param>
/// <param name="Strike">Strike, USD.</param>
/// <param name="ExpiryYears">Time to expiry, years.</param>
/// <param name="Spot">The underlying's spot the option is valued at, USD.</param>
/// <param name="Greeks">False for the value alone (no Greeks are accumulated).</param>
public sealed record OptionJob(int Slot, bool IsPut, double Strike, double ExpiryYears, double Spot, bool Greeks = true);
