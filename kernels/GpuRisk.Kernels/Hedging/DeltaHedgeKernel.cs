using GpuRisk.Kernels.Numerics;
using GpuRisk.Kernels.Random;
using GpuRisk.Kernels.Revaluation;
using ILGPU;

namespace GpuRisk.Kernels.Hedging;

/// <summary>
/// Hedges the book along each recorded path with one rule: per underlying a hedge in its perp, starting at the
/// target (minus the book's model delta) with no initial trade; at every check the book and the hedge are marked,
/// then the rule may trade (fee, impact and gas of the regime; with the regime's fail probability the attempt
/// fails, gas is paid and it is retried at the next check).
/// </summary>
/// <remarks>
/// Per path: interval P&amp;L = sum over underlyings of (book value change + hedge x spot change), the book value
/// including expired options' payoffs as accrued cash; hedging error = its sum; cost = fees + impact + gas; P&amp;L =
/// hedging error - cost; gap = the largest interval loss. No decision is taken at the horizon itself. The failure
/// draw of (path, check, underlying) comes from its own Philox stream, the same for every rule.
/// </remarks>
public static class DeltaHedgeKernel
{
    /// <summary>The kernel: one thread per path of the chunk.</summary>
    public static void Run<TRule>(Index1D i, BookSeries series, HedgeInputs inputs, TRule rule, ArrayView<HedgeOutcome> outcomes)
        where TRule : struct, IHedgeRule
    {
        if (i >= inputs.Count) return;
        long path = inputs.PathStart + i;
        var stream = new PhiloxStream(inputs.Seed);
        for (int u = 0; u < series.Slots; u++)
        {
            int at = u * inputs.Count + i;
            inputs.Hedge[at] = -series.Delta[series.At(0, u, i)];
            inputs.LastTrade[at] = -1e30;
            inputs.Pending[at] = 0;
        }
        var outcome = default(HedgeOutcome);
        for (int k = 1; k < series.Observations; k++)
        {
            double interval = 0.0;
            for (int u = 0; u < series.Slots; u++)
            {
                long now = series.At(k, u, i), before = series.At(k - 1, u, i);
                interval += series.Value[now] - series.Value[before]
                            + inputs.Hedge[u * inputs.Count + i] * (series.Spot[now] - series.Spot[before]);
            }
            outcome.HedgeError += interval;
            if (-interval > outcome.MaxGapLoss) outcome.MaxGapLoss = -interval;
            if (k == series.Observations - 1) break;

            int regime = series.Regime[k * series.Capacity + i];
            RegimeCosts costs = inputs.Costs[regime];
            for (int u = 0; u < series.Slots; u++)
            {
                int at = u * inputs.Count + i;
                long cell = series.At(k, u, i);
                double years = inputs.CheckYears[k];
                int limit = inputs.LimitAt(u, regime, years);
                if (years - inputs.LastTrade[at] < inputs.CooldownYears[limit] - 1e-12) continue;
                double target = -series.Delta[cell];
                double hedge = inputs.Hedge[at];
                double absGamma = series.AbsGamma[cell];
                var check = new HedgeCheck
                {
                    Slot = u,
                    Regime = regime,
                    Years = years,
                    PreviousYears = inputs.CheckYears[k - 1],
                    Mismatch = hedge - target,
                    Gamma = series.Gamma[cell],
                    GammaYears = absGamma > 0 ? series.AbsGammaYears[cell] / absGamma : 0.0,
                    Spot = series.Spot[cell],
                    Variance = series.Variance[cell],
                    ProportionalCost = costs.FeeBps * 1e-4,
                    Rate = inputs.Rate,
                };
                bool trade = rule.Decide(check, out double landing);
                if (!trade && inputs.Pending[at] != 0)
                {
                    trade = true;
                    landing = inputs.PendingLanding[at];
                }
                if (!trade) continue;
                double quantity = target + landing - hedge;
                inputs.Pending[at] = 0;
                if ((quantity < 0 ? -quantity : quantity) < inputs.MinTrade[limit] || quantity == 0.0) continue;
                if (DoubleMath.Uniform(stream.Block(path, k, RandomPurpose.TradeFailure | (uint)u).X0) < costs.FailProbability)
                {
                    outcome.Cost += costs.GasUsd;
                    outcome.Failed++;
                    inputs.Pending[at] = 1;
                    inputs.PendingLanding[at] = landing;
                    continue;
                }
                outcome.Cost += TradeCosts.Executed(costs, quantity, check.Spot, check.Variance, inputs.DepthCoins[u]);
                outcome.Trades++;
                inputs.Hedge[at] = hedge + quantity;
                inputs.LastTrade[at] = years;
            }
        }
        outcome.Pnl = outcome.HedgeError - outcome.Cost;
        outcomes[i] = outcome;
    }
}
