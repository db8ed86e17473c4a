using GpuRisk.Books;
using GpuRisk.Kernels.Revaluation;
using GpuRisk.Markets;
using GpuRisk.Models;
using GpuRisk.Pricing;
using GpuRisk.Pricing.Analytic;

namespace GpuRisk.Horizon;

/// <summary>The device revaluation against the analytic engine at one state.</summary>
/// <param name="State">Where it was measured.</param>
/// <param name="Device">The device's figures (alive positions of the slot).</param>
/// <param name="Reference">The analytic engine's value (USD) and delta (coins) of the same positions.</param>
public sealed record RevaluationComparison(ProbeState State, SlotFigures Device, Valuation Reference)
{
    /// <summary>Device minus reference value, USD.</summary>
    public double ValueError => Device.Value - Reference.Value;

    /// <summary>Device minus reference delta, coins.</summary>
    public double DeltaError => Device.Delta - Reference.Delta;
}

/// <summary>
/// Measures the device revaluation (<see cref="HorizonRun.Probe"/>) against the host's analytic engine
/// (<see cref="AnalyticBookPricer"/>, run with the state's spot, v0 = the state's variance, the regime's
/// parameters and the remaining times to expiry): DESIGN.md's <c>revaluationError</c>.
/// </summary>
public static class RevaluationCheck
{
    /// <summary>Compares device and reference at every state of <paramref name="states"/>.</summary>
    public static RevaluationComparison[] Compare(HorizonRun run, MarketSnapshot market, IReadOnlyList<ProbeState> states)
    {
        SlotFigures[] device = run.Probe([.. states]);
        var pricer = new AnalyticBookPricer();
        var result = new RevaluationComparison[states.Count];
        for (int i = 0; i < states.Count; i++)
        {
            result[i] = new RevaluationComparison(states[i], device[i], Reference(run, market, pricer, states[i]));
        }
        return result;
    }

    /// <summary>The worst |device - reference| book value over <paramref name="compared"/>, USD (0 when empty).</summary>
    public static double WorstValueError(IEnumerable<RevaluationComparison> compared) =>
        compared.Select(c => Math.Abs(c.ValueError)).DefaultIfEmpty(0.0).Max();

    /// <summary>
    /// The analytic value and delta of the slot's alive positions at <paramref name="state"/>: the slot's positions
    /// priced as one book (strips share their characteristic-function work) on a market moved to the observation
    /// time, in the state's regime, at the state's spot and variance.
    /// </summary>
    private static Valuation Reference(HorizonRun run, MarketSnapshot market, AnalyticBookPricer pricer, ProbeState state)
    {
        RevaluationBook book = run.Book;
        int u = book.SlotUnderlyings[state.Slot];
        double now = run.ObservationYears[state.Observation];
        MarketSnapshot inRegime = market.InRegime(state.Regime);
        UnderlyingMarket atState = inRegime.Underlyings[u] with
        {
            Spot = state.Spot,
            Model = WithVariance(inRegime.Underlyings[u].Model, state.Variance),
        };
        MarketSnapshot moved = inRegime with
        {
            ValuationTime = market.ValuationTime + TimeSpan.FromDays(now * 365.0),
            Underlyings = [.. inRegime.Underlyings.Select((m, i) => i == u ? atState : m)],
        };
        var alive = new List<Position>();
        for (int g = book.SlotGroupStart[state.Slot]; g < book.SlotGroupStart[state.Slot + 1]; g++)
        {
            if (book.GroupYears[g] - now <= 1e-12) continue;
            for (int p = book.GroupFirst[g]; p < book.GroupFirst[g] + book.GroupCount[g]; p++) alive.Add(book.Positions[p]);
        }
        return alive.Count == 0 ? Valuation.Zero : pricer.Price(new Book(alive, "revaluation check"), moved).Total;
    }

    /// <summary>The model with its current variance set to <paramref name="variance"/> (Heston, Bates); constant-vol models keep their own.</summary>
    private static UnderlyingModel WithVariance(UnderlyingModel model, double variance) =>
        model.Heston is { } h ? model with { Heston = h with { V0 = variance } } : model;
}
