using GpuRisk.Config;
using GpuRisk.Devices;
using GpuRisk.Hedging;
using GpuRisk.Horizon;
using GpuRisk.Markets;
using GpuRisk.Books;
using GpuRisk.Kernels.Hedging;

namespace GpuRisk.Tests.Hedging;

/// <summary>Helpers for running backtests in tests.</summary>
internal static class BacktestFixtures
{
    public static Dictionary<string, CostModel> Costs(double feeBps = 0, double impact = 0, double gas = 0, double fail = 0) =>
        new() { ["default"] = new CostModel(feeBps, impact, gas, fail) };

    public static (BacktestState State, List<HedgeOutcome>[] Outcomes) Run(Book book, MarketSnapshot market, string[] policies,
        string horizon, string check, long paths, ulong seed, int stepsPerDay = 2, double? gapLimit = null)
    {
        var settings = new BacktestSettings([.. policies.Select(PolicyParser.Parse)], Duration.Parse(horizon), Duration.Parse(check),
            new HorizonSettings(paths, seed, stepsPerDay), gapLimit);
        var outcomes = policies.Select(_ => new List<HedgeOutcome>()).ToArray();
        using var session = DeviceSelector.Open(DeviceKind.Cpu);
        BacktestState state = BacktestStage.Run(session, book, market, settings, inspect: (p, _, o) => outcomes[p].Add(o));
        return (state, outcomes);
    }
}
