namespace GpuRisk.MonteCarlo;

/// <summary>What one pricing simulation walks and settles.</summary>
/// <param name="Slots">The simulated spot/variance pairs.</param>
/// <param name="Options">The options, each on a slot (any order).</param>
/// <param name="Parts">
/// Book parts whose per-path values give honest standard errors of sums of options (a book, a stress cell's
/// change); each is a list of terms, possibly empty (then its estimate is exactly zero).
/// </param>
public sealed record SimulationJob(IReadOnlyList<PricingSlot> Slots, IReadOnlyList<OptionJob> Options,
    IReadOnlyList<IReadOnlyList<BookTerm>> Parts)
{
    /// <summary>Throws when an index is out of range or an option's figures are not positive and finite.</summary>
    public void Validate()
    {
        if (Options.Count == 0) throw new ArgumentException("a simulation needs at least one option", nameof(Options));
        foreach (OptionJob o in Options)
        {
            if (o.Slot < 0 || o.Slot >= Slots.Count) throw new ArgumentException($"option slot {o.Slot} out of range", nameof(Options));
            if (!(o.Strike > 0 && o.ExpiryYears > 0 && o.Spot > 0 && double.IsFinite(o.Strike) && double.IsFinite(o.ExpiryYears) && double.IsFinite(o.Spot)))
            {
                throw new ArgumentException($"option {o} needs a positive finite strike, expiry and spot", nameof(Options));
            }
        }
        foreach (BookTerm t in Parts.SelectMany(p => p))
        {
            if (t.Option < 0 || t.Option >= Options.Count || t.BaseOption < -1 || t.BaseOption >= Options.Count)
            {
                throw new ArgumentException($"book term {t} names an option out of range", nameof(Parts));
            }
        }
    }
}
