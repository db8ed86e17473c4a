using System.Numerics;
using GpuRisk.Books;
using GpuRisk.Kernels.Models;
using GpuRisk.Kernels.Revaluation;
using GpuRisk.Kernels.Stress;
using GpuRisk.Markets;
using GpuRisk.Models;
using GpuRisk.MonteCarlo;
using GpuRisk.Pricing.Analytic;
using GpuRisk.Revaluation;

namespace GpuRisk.Horizon;

/// <summary>
/// A book laid out for the device revaluation (<see cref="BookRevaluation"/>): positions grouped per
/// (underlying, expiry) with an undated group per underlying for perps and spot, and the per-observation,
/// per-regime terms of every group (<see cref="GroupAtObservation{T}"/>).
/// </summary>
/// <remarks>
/// A missing entry price is fixed at today's mark (in the initial regime), so a future or perp shows its P&amp;L
/// along the path rather than being worth 0 at every state.
/// </remarks>
public sealed class RevaluationBook
{
    private readonly MarketSnapshot _market;
    private readonly int[] _slotOfUnderlying;

    /// <summary>Lays out <paramref name="book"/> over the walk's slots (<paramref name="slotUnderlyings"/>: market index per slot).</summary>
    public RevaluationBook(Book book, MarketSnapshot market, IReadOnlyList<int> slotUnderlyings)
    {
        _market = market;
        MarketSnapshot today = market.Today();
        _slotOfUnderlying = new int[market.Underlyings.Count];
        Array.Fill(_slotOfUnderlying, -1);
        for (int s = 0; s < slotUnderlyings.Count; s++) _slotOfUnderlying[slotUnderlyings[s]] = s;
        SlotUnderlyings = slotUnderlyings;

        var keyed = new List<(int Slot, double Years, Position Position)>();
        foreach (Position raw in book.Positions)
        {
            int slot = _slotOfUnderlying[market.IndexOf(raw.Underlying)];
            if (slot < 0) throw new ArgumentException($"position {raw.Id}'s underlying {raw.Underlying} is not simulated", nameof(slotUnderlyings));
            Position p = AnalyticBookPricer.WithEntryPriceAtMark(raw, today);
            keyed.Add((slot, p.Expiry is { } e ? market.YearsTo(e) : double.PositiveInfinity, p));
        }
        keyed.Sort((a, b) => a.Slot != b.Slot ? a.Slot.CompareTo(b.Slot) : a.Years.CompareTo(b.Years));
        var groups = new List<(int Slot, double Years, int First, int Count, bool HasOptions)>();
        for (int i = 0; i < keyed.Count; i++)
        {
            if (groups.Count > 0 && groups[^1].Slot == keyed[i].Slot && groups[^1].Years == keyed[i].Years)
            {
                var last = groups[^1];
                groups[^1] = last with { Count = last.Count + 1, HasOptions = last.HasOptions || keyed[i].Position.IsOption };
            }
            else
            {
                groups.Add((keyed[i].Slot, keyed[i].Years, i, 1, keyed[i].Position.IsOption));
            }
        }
        Positions = [.. keyed.Select(k => k.Position)];
        GroupSlot = [.. groups.Select(g => g.Slot)];
        GroupYears = [.. groups.Select(g => g.Years)];
        GroupFirst = [.. groups.Select(g => g.First)];
        GroupCount = [.. groups.Select(g => g.Count)];
        GroupHasOptions = [.. groups.Select(g => g.HasOptions)];
        SlotGroupStart = new int[slotUnderlyings.Count + 1];
        for (int s = 0; s < slotUnderlyings.Count; s++)
        {
            SlotGroupStart[s + 1] = SlotGroupStart[s] + groups.Count(g => g.Slot == s);
        }
        SlotHasOptions = [.. Enumerable.Range(0, slotUnderlyings.Count).Select(s => groups.Any(g => g.Slot == s && g.HasOptions))];
    }

    /// <summary>Market index of each slot.</summary>
    public IReadOnlyList<int> SlotUnderlyings { get; }

    /// <summary>Positions, grouped (entry prices fixed at today's marks).</summary>
    public Position[] Positions { get; }

    /// <summary>Per group: its slot.</summary>
    public int[] GroupSlot { get; }

    /// <summary>Per group: years to expiry (+infinity for the undated group).</summary>
    public double[] GroupYears { get; }

    /// <summary>Per group: its first position.</summary>
    public int[] GroupFirst { get; }

    /// <summary>Per group: its number of positions.</summary>
    public int[] GroupCount { get; }

    /// <summary>Per group: true when it holds options.</summary>
    public bool[] GroupHasOptions { get; }

    /// <summary>Per slot s: its groups are [SlotGroupStart[s], SlotGroupStart[s + 1]).</summary>
    public int[] SlotGroupStart { get; }

    /// <summary>Per slot: true when it holds options (it then needs correction tables, unless Black-Scholes).</summary>
    public bool[] SlotHasOptions { get; }

    /// <summary>
    /// Per slot: every time to expiry its options will be revalued at, over <paramref name="observationYears"/>
    /// (null for a slot without options): what its correction tables must cover.
    /// </summary>
    public double[]?[] YearsAsked(IReadOnlyList<double> observationYears) => [.. Enumerable.Range(0, SlotUnderlyings.Count).Select(s =>
        SlotHasOptions[s]
            ? Enumerable.Range(SlotGroupStart[s], SlotGroupStart[s + 1] - SlotGroupStart[s]).Where(g => GroupHasOptions[g])
                .SelectMany(g => observationYears.Select(t => GroupYears[g] - t)).Where(y => y > 1e-12).ToArray()
            : null)];

    /// <summary>Positions for the device.</summary>
    public HeldPosition<T>[] DevicePositions<T>() where T : unmanaged, INumber<T> => [.. Positions.Select(p =>
    {
        double spot = _market.Underlying(p.Underlying).Spot;
        return new HeldPosition<T>
        {
            Kind = (int)Kind(p.Kind),
            Strike = T.CreateChecked(p.IsOption ? p.Strike : 0.0),
            LogMoneyness = T.CreateChecked(p.IsOption ? Math.Log(spot / p.Strike) : 0.0),
            Quantity = p.QuantityCoins,
            EntryPrice = p.EntryPrice ?? 0.0,
        };
    })];

    /// <summary>Groups for the device; <paramref name="grid"/> places each expiry within the walk's <paramref name="steps"/>.</summary>
    public RevaluationGroup[] DeviceGroups(TimeGrid grid, int steps) => [.. Enumerable.Range(0, GroupSlot.Length).Select(g =>
        new RevaluationGroup
        {
            Slot = GroupSlot[g],
            First = GroupFirst[g],
            Count = GroupCount[g],
            ExpiryStep = double.IsFinite(GroupYears[g]) && GroupYears[g] <= grid.Time(steps) ? grid.StepEndingAt(GroupYears[g]) : -1,
            ExpiryDiscount = double.IsFinite(GroupYears[g]) ? Math.Exp(-_market.Rate * GroupYears[g]) : 0.0,
        })];

    /// <summary>Today's spot and rates per slot.</summary>
    public SlotMarket<T>[] DeviceMarkets<T>() where T : unmanaged, INumber<T> => [.. SlotUnderlyings.Select(u => new SlotMarket<T>
    {
        Spot = _market.Underlyings[u].Spot,
        Rate = T.CreateChecked(_market.Rate),
        Carry = T.CreateChecked(_market.Underlyings[u].Carry),
    })];

    /// <summary>
    /// Terms of every (observation, group, regime) at observation times <paramref name="observationYears"/>, for
    /// the pricing dynamics of each regime and the correction tables <paramref name="tables"/>.
    /// </summary>
    public GroupAtObservation<T>[] Terms<T>(IReadOnlyList<double> observationYears, CorrectionTableSet tables)
        where T : unmanaged, INumber<T>
    {
        int groups = GroupSlot.Length, regimes = _market.Regimes.Count;
        var terms = new GroupAtObservation<T>[observationYears.Count * groups * regimes];
        for (int k = 0; k < observationYears.Count; k++)
        {
            for (int g = 0; g < groups; g++)
            {
                for (int r = 0; r < regimes; r++)
                {
                    terms[(k * groups + g) * regimes + r] = Term<T>(g, r, GroupYears[g] - observationYears[k], tables);
                }
            }
        }
        return terms;
    }

    private GroupAtObservation<T> Term<T>(int g, int regime, double years, CorrectionTableSet tables) where T : unmanaged, INumber<T>
    {
        if (!double.IsFinite(years)) return new GroupAtObservation<T> { Alive = 1, Table = -1 };
        if (years <= 1e-12) return default;
        int u = SlotUnderlyings[GroupSlot[g]];
        double rate = _market.Rate, carry = _market.Underlyings[u].Carry;
        UnderlyingDynamics model = DynamicsBuilder.Pricing(_market, u, regime);
        // sigma_cv^2 = -8 ln phi(-i/2) / T is affine in v (the model is affine); a constant-vol regime prices at
        // its own vol whatever variance the path carried in from the last regime.
        double a, b;
        if (model.IsConstantVolatility)
        {
            a = Square(CorrectionTables.ControlVol(model, years));
            b = 0.0;
        }
        else
        {
            a = Square(CorrectionTables.ControlVol(model with { V0 = 0.0 }, years));
            b = Square(CorrectionTables.ControlVol(model with { V0 = 1.0 }, years)) - a;
        }
        int table = GroupHasOptions[g] ? tables.IndexOf(GroupSlot[g], regime) : -1;
        (int cell, double weight) = table >= 0 ? tables.Locate(table, years) : (0, 0.0);
        return new GroupAtObservation<T>
        {
            Alive = 1,
            Table = table,
            SCell = cell,
            SWeight = T.CreateChecked(weight),
            Years = T.CreateChecked(years),
            RootYears = T.CreateChecked(Math.Sqrt(years)),
            Discount = T.CreateChecked(Math.Exp(-rate * years)),
            CarryDiscount = T.CreateChecked(Math.Exp(-carry * years)),
            Growth = T.CreateChecked(Math.Exp((rate - carry) * years)),
            LogGrowth = T.CreateChecked((rate - carry) * years),
            ControlA = T.CreateChecked(a),
            ControlB = T.CreateChecked(b),
        };
    }

    private static double Square(double x) => x * x;

    private static InstrumentKind Kind(PositionKind kind) => kind switch
    {
        PositionKind.Call => InstrumentKind.Call,
        PositionKind.Put => InstrumentKind.Put,
        PositionKind.Future => InstrumentKind.Future,
        PositionKind.Perp => InstrumentKind.Perp,
        _ => InstrumentKind.Spot,
    };
}
