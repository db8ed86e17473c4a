namespace GpuRisk.Markets;

/// <summary>
/// Everything the market file says: valuation instant, rate, underlyings with their pricing
/// dynamics, spot correlation, the regime chain and the cost models.
/// </summary>
/// <param name="ValuationTime">Valuation instant (UTC); every time is ACT/365 from here.</param>
/// <param name="Rate">Continuously compounded USD rate per year.</param>
/// <param name="Underlyings">Underlyings in file order.</param>
/// <param name="Correlation">Spot-driver correlation matrix, indexed like <paramref name="Underlyings"/>; positive semi-definite.</param>
/// <param name="Regimes">The regime chain (<see cref="RegimeChain.Single"/> when the file has none).</param>
/// <param name="Costs">Cost model per regime name; key "default" applies where a regime has none.</param>
/// <param name="SourceFile">The file it came from.</param>
public sealed record MarketSnapshot(
    DateTimeOffset ValuationTime,
    double Rate,
    IReadOnlyList<UnderlyingMarket> Underlyings,
    double[][] Correlation,
    RegimeChain Regimes,
    IReadOnlyDictionary<string, CostModel> Costs,
    string SourceFile)
{
    /// <summary>Index of the underlying called <paramref name="name"/>, or -1.</summary>
    public int IndexOf(string name)
    {
        for (int i = 0; i < Underlyings.Count; i++)
        {
            if (Underlyings[i].Name == name) return i;
        }
        return -1;
    }

    /// <summary>The underlying called <paramref name="name"/>.</summary>
    public UnderlyingMarket Underlying(string name) =>
        IndexOf(name) is var i and >= 0 ? Underlyings[i]
            : throw new KeyNotFoundException($"underlying '{name}' is not in the market");

    /// <summary>The underlying <paramref name="name"/> as regime <paramref name="regime"/> sees it.</summary>
    public UnderlyingMarket UnderlyingIn(string name, int regime)
    {
        UnderlyingMarket u = Underlying(name);
        return Regimes.Overrides.TryGetValue(Regimes.Names[regime], out var byUnderlying)
               && byUnderlying.TryGetValue(name, out var o) ? o.ApplyTo(u) : u;
    }

    /// <summary>The cost model in regime <paramref name="regime"/> (falls back to "default", then zero).</summary>
    public CostModel CostsIn(int regime) =>
        Costs.TryGetValue(Regimes.Names[regime], out var c) ? c
        : Costs.TryGetValue("default", out var d) ? d : CostModel.Zero;

    /// <summary>
    /// The market as regime <paramref name="regime"/> sees it, as a single-regime snapshot: every underlying with
    /// that regime's overrides applied and that regime's costs as the default. What pricing at a fixed regime
    /// uses (DESIGN.md: every revaluation prices with the parameters of the regime the path is in).
    /// </summary>
    public MarketSnapshot InRegime(int regime)
    {
        if (Regimes.Count == 1 && Regimes.Overrides.Count == 0) return this;
        var underlyings = new UnderlyingMarket[Underlyings.Count];
        for (int i = 0; i < underlyings.Length; i++) underlyings[i] = UnderlyingIn(Underlyings[i].Name, regime);
        var single = new RegimeChain([Regimes.Names[regime]], 0, [[1.0]],
            new Dictionary<string, IReadOnlyDictionary<string, ModelOverride>>());
        return this with
        {
            Underlyings = underlyings,
            Regimes = single,
            Costs = new Dictionary<string, CostModel> { ["default"] = CostsIn(regime) },
        };
    }

    /// <summary>
    /// Today's pricing market: <see cref="InRegime"/> of the initial regime. DESIGN.md: today's value is priced
    /// in the initial regime (its overrides applied) by every command. Idempotent.
    /// </summary>
    public MarketSnapshot Today() => InRegime(Regimes.Initial);

    /// <summary>Years (ACT/365) from the valuation time to <paramref name="instant"/>.</summary>
    public double YearsTo(DateTimeOffset instant) => (instant - ValuationTime).TotalDays / 365.0;
}
