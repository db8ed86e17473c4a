using GpuRisk.Kernels.Numerics;
using GpuRisk.Kernels.Random;
using GpuRisk.Kernels.Revaluation;
using ILGPU;

namespace GpuRisk.Kernels.Hedging;

/// <summary>
/// Runs a self-financing account (CPPI, vol targeting) on one underlying along each recorded path: holdings in the
/// coin, the rest in cash accruing at the rate; at every check the account is marked, then rebalanced to the rule's
/// holdings with the regime's costs and failures (as <see cref="DeltaHedgeKernel"/>, on the same failure draws).
/// </summary>
/// <remarks>
/// Per path: P&amp;L = final wealth - capital; hedging error = the same before costs (the sum of mark-to-market
/// changes between checks, costs being paid out of cash at each trade); gap = the largest loss between checks.
/// The initial allocation is free (as a hedge starts at its target).
/// </remarks>
public static class AccountKernel
{
    /// <summary>The kernel: one thread per path; <paramref name="slot"/> is the account's underlying, <paramref name="capital"/> its initial wealth (USD).</summary>
    public static void Run<TAccount>(Index1D i, BookSeries series, HedgeInputs inputs, TAccount account, int slot, double capital,
        ArrayView<HedgeOutcome> outcomes)
        where TAccount : struct, IAccountRule
    {
        if (i >= inputs.Count) return;
        long path = inputs.PathStart + i;
        var stream = new PhiloxStream(inputs.Seed);
        var check = new AccountCheck
        {
            Spot = series.Spot[series.At(0, slot, i)],
            Variance = series.Variance[series.At(0, slot, i)],
            Wealth = capital,
            Capital = capital,
            Rate = inputs.Rate,
        };
        check.PreviousSpot = check.Spot;
        AccountState state = account.Start(check);
        double coins = account.Holdings(ref state, check);
        double cash = capital - coins * check.Spot;
        double lastTrade = -1e30;
        var outcome = default(HedgeOutcome);
        for (int k = 1; k < series.Observations; k++)
        {
            long cell = series.At(k, slot, i);
            check.PreviousYears = check.Years;
            check.Years = inputs.CheckYears[k];
            check.PreviousSpot = check.Spot;
            check.Spot = series.Spot[cell];
            check.Variance = series.Variance[cell];
            cash *= Math.Exp(inputs.Rate * (check.Years - check.PreviousYears));
            double wealth = coins * check.Spot + cash;
            double interval = wealth - check.Wealth;
            check.Wealth = wealth;
            outcome.HedgeError += interval;
            if (-interval > outcome.MaxGapLoss) outcome.MaxGapLoss = -interval;
            double wanted = account.Holdings(ref state, check);
            if (k == series.Observations - 1) break;
            double quantity = wanted - coins;
            int regime = series.Regime[k * series.Capacity + i];
            int limit = inputs.LimitAt(slot, regime, check.Years);
            if (check.Years - lastTrade < inputs.CooldownYears[limit] - 1e-12) continue;
            if ((quantity < 0 ? -quantity : quantity) < inputs.MinTrade[limit] || quantity == 0.0) continue;
            RegimeCosts costs = inputs.Costs[regime];
            if (DoubleMath.Uniform(stream.Block(path, k, RandomPurpose.TradeFailure | (uint)slot).X0) < costs.FailProbability)
            {
                outcome.Cost += costs.GasUsd;
                outcome.Failed++;
                cash -= costs.GasUsd;
                check.Wealth -= costs.GasUsd;
                continue;
            }
            double cost = TradeCosts.Executed(costs, quantity, check.Spot, check.Variance, inputs.DepthCoins[slot]);
            outcome.Cost += cost;
            outcome.Trades++;
            coins += quantity;
            cash -= quantity * check.Spot + cost;
            check.Wealth -= cost;
            lastTrade = check.Years;
        }
        account.Finish(state, check, ref outcome);
        outcome.Pnl = outcome.HedgeError - outcome.Cost;
        outcomes[i] = outcome;
    }
}
