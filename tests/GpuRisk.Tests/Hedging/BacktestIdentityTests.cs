using GpuRisk.Books;
using GpuRisk.Hedging;
using GpuRisk.Kernels.Hedging;
using GpuRisk.Markets;
using GpuRisk.Models;
using GpuRisk.Tests.Cli;
using GpuRisk.Tests.Horizon;
using Xunit.Abstractions;

namespace GpuRisk.Tests.Hedging;

/// <summary>Identities and limits the hedging simulator must keep exactly, path by path.</summary>
public sealed class BacktestIdentityTests(ITestOutputHelper output)
{
    private static Book ShortStrangle() => HorizonFixtures.Book(
        HorizonFixtures.Option("BTC", false, 100000, 14, -10), HorizonFixtures.Option("BTC", true, 90000, 14, -10),
        HorizonFixtures.Option("BTC", false, 95000, 3, 5));

    private static MarketSnapshot Market(Dictionary<string, CostModel> costs, JumpParameters? jumps = null, double vol = 0.6) =>
        HorizonFixtures.Market(0.04, [HorizonFixtures.BlackScholes("BTC", 95000, vol, jumps, drift: 0.05)], costs: costs);

    /// <summary>
    /// A halted chain (failProbability 1) never executes a trade: every hedge keeps its starting target, as `none`
    /// does, so with no gas the P&amp;L equals `none` path by path, while the failed attempts are counted.
    /// </summary>
    [Fact]
    public void A_halted_chain_never_trades_and_equals_none_path_by_path()
    {
        var (state, outcomes) = BacktestFixtures.Run(ShortStrangle(), Market(BacktestFixtures.Costs(feeBps: 5, fail: 1.0)),
            ["none", "band:0.5", "time:1h"], "3d", "1h", 2000, 3);
        for (int p = 1; p < 3; p++)
        {
            Assert.Equal(outcomes[0].Select(o => o.Pnl), outcomes[p].Select(o => o.Pnl));
            Assert.All(outcomes[p], o => Assert.Equal(0, o.Trades));
            Assert.True(state.Finish()[p].FailedPerDay.Value > 0);
        }
    }

    /// <summary>With zero costs the cost is exactly 0; with costs on, P&amp;L = hedging error - cost on every path.</summary>
    [Fact]
    public void Costs_are_zero_without_a_cost_model_and_pnl_is_error_minus_cost()
    {
        string[] policies = ["band:0.3", "ww:gamma=1e-4", "time-or-band:8h,5%,min=0.1,cooldown=2h", "cppi:underlying=BTC,floor=0.8,m=3"];
        var (_, free) = BacktestFixtures.Run(ShortStrangle(), Market(BacktestFixtures.Costs()), policies, "3d", "1h", 1000, 5);
        Assert.All(free.SelectMany(o => o), o => Assert.Equal(0.0, o.Cost));
        var (_, costly) = BacktestFixtures.Run(ShortStrangle(), Market(BacktestFixtures.Costs(feeBps: 5, impact: 0.2, gas: 10, fail: 0.1)),
            policies, "3d", "1h", 1000, 5);
        Assert.All(costly.SelectMany(o => o), o => Assert.Equal(o.HedgeError - o.Cost, o.Pnl));
        Assert.All(costly, list => Assert.True(list.Sum(o => o.Cost) > 0));
    }

    /// <summary>
    /// Jumps raise gap risk: the same band-hedged short strangle under Merton (diffusion 45% plus jumps) and under
    /// Black-Scholes with the same total variance (sigma^2 = 0.45^2 + lambda (mu^2 + sigma_J^2)); the largest loss
    /// between two checks has a higher ES99 with jumps, beyond both intervals.
    /// </summary>
    [Fact]
    public void Jumps_raise_gap_risk_at_equal_total_variance()
    {
        var jumps = new JumpParameters(10, -0.05, 0.08);
        double total = Math.Sqrt(0.45 * 0.45 + jumps.Lambda * (jumps.Mean * jumps.Mean + jumps.Stdev * jumps.Stdev));
        var costs = BacktestFixtures.Costs(feeBps: 3);
        PolicyResult withJumps = BacktestFixtures.Run(ShortStrangle(), Market(costs, jumps, 0.45), ["band:2"], "7d", "1h", 6000, 8, gapLimit: 20_000).State.Finish()[0];
        PolicyResult diffusion = BacktestFixtures.Run(ShortStrangle(), Market(costs, null, total), ["band:2"], "7d", "1h", 6000, 8, gapLimit: 20_000).State.Finish()[0];
        output.WriteLine($"gap ES99 with jumps {withJumps.GapEs99.Es:F0} [{withJumps.GapEs99.EsLow:F0}, {withJumps.GapEs99.EsHigh:F0}], "
                         + $"diffusion {diffusion.GapEs99.Es:F0} [{diffusion.GapEs99.EsLow:F0}, {diffusion.GapEs99.EsHigh:F0}]");
        output.WriteLine($"P(gap > 20k): with jumps {withJumps.GapProbability.Probability:P2}, diffusion {diffusion.GapProbability.Probability:P2}");
        Assert.True(withJumps.GapEs99.EsLow > diffusion.GapEs99.EsHigh);
        Assert.True(withJumps.GapProbability.Low > diffusion.GapProbability.High);
    }

    /// <summary>
    /// A thresholds file's minTrade and cooldownHours are replayed as they stand: a file band with reset 0, a minimum
    /// trade and a cooldown equals the band policy with the same keys, path by path; a minimum trade no mismatch reaches
    /// stops all trading, which then equals `none`.
    /// </summary>
    [Fact]
    public void A_thresholds_files_minimum_trade_and_cooldown_are_replayed()
    {
        MarketSnapshot market = Market(BacktestFixtures.Costs(feeBps: 5, gas: 2));
        using var dir = new TempFolder();
        string File(string name, double minTrade, double cooldownHours)
        {
            ThresholdEntry[] entries = [.. market.Regimes.Names.Select(r => new ThresholdEntry("BTC", r, 0.3, 0.0, 0, minTrade, cooldownHours, 0, 0, 0))];
            new ThresholdsDocument(1e-5, "1h", entries).Write(dir[name]);
            return dir[name];
        }
        string limited = File("limited.json", 0.5, 3), frozen = File("frozen.json", 1e9, 0);
        var (_, o) = BacktestFixtures.Run(ShortStrangle(), market,
            [$"thresholds:{limited}", "band:0.3,to=target,min=0.5,cooldown=3h", $"thresholds:{frozen}", "none"], "3d", "1h", 1000, 11);
        Assert.Equal(o[1].Select(x => (x.Pnl, x.Cost, x.Trades)), o[0].Select(x => (x.Pnl, x.Cost, x.Trades)));
        Assert.True(o[0].Sum(x => x.Trades) > 0);
        Assert.Equal(o[3].Select(x => x.Pnl), o[2].Select(x => x.Pnl));
        Assert.All(o[2], x => Assert.Equal(0, x.Trades));
    }
}
