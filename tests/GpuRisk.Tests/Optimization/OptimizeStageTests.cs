using GpuRisk.Books;
using GpuRisk.Config;
using GpuRisk.Devices;
using GpuRisk.Horizon;
using GpuRisk.Markets;
using GpuRisk.Optimization;
using GpuRisk.Tests.Horizon;
using MathNet.Numerics.Distributions;
using Xunit.Abstractions;

namespace GpuRisk.Tests.Optimization;

/// <summary>
/// The optimizer end to end: the transition law estimated from device paths, the dynamic program on it, against the
/// continuous-time band limits, and the out-of-sample proof on a two-regime market.
/// </summary>
public sealed class OptimizeStageTests(ITestOutputHelper output)
{
    private const double Spot = 100, Vol = 0.5, Gamma = 1e-3;

    /// <summary>A short ATM call book whose gamma is ~<see cref="Gamma"/> x quantity at 30 days.</summary>
    private static (Book Book, double BookGamma) AtmBook(double quantity)
    {
        double t = 30 / 365.0, sd = Vol * Math.Sqrt(t);
        double gamma = Normal.PDF(0, 1, 0.5 * sd) / (Spot * sd);
        return (HorizonFixtures.Book(HorizonFixtures.Option("X", false, Spot, 30, quantity)), Math.Abs(quantity) * gamma);
    }

    private static BandSolution Solve(Book book, MarketSnapshot market, string check, double g, long paths = 1500)
    {
        var settings = new OptimizeSettings([g], g, Duration.Parse("1d"), Duration.Parse(check), new HorizonSettings(paths, 31, StepsPerDay: 1), 2);
        using var session = DeviceSelector.Open(DeviceKind.Cpu);
        TransitionLawEstimator estimator = OptimizeStage.Estimate(session, book, market, settings, out IReadOnlyList<int> slots);
        return BandOptimizer.Solve(estimator.Problem(0, market, slots[0], settings.Check.Years, g));
    }

    /// <summary>
    /// One regime, Black-Scholes, proportional cost only, 5-minute checks: the band equals Whalley and Wilmott's
    /// h = (3 kappa S Gamma^2 / (2 G))^(1/3) (Mathematical Finance 7(3), 1997) within 15%, and trades go to the edge
    /// (reset within 10% of the band). The law the DP sees was estimated from the device's paths, so this also checks
    /// the estimator.
    /// </summary>
    [Fact]
    public void Proportional_cost_only_gives_the_whalley_wilmott_band()
    {
        var (book, gamma) = AtmBook(-200);
        const double feeBps = 10, g = 1e-3;
        MarketSnapshot market = HorizonFixtures.Market(0.0, [HorizonFixtures.BlackScholes("X", Spot, Vol, drift: 0.0)],
            costs: new Dictionary<string, CostModel> { ["default"] = new(feeBps, 0, 0, 0) });
        BandSolution dp = Solve(book, market, "5m", g);
        double h = Math.Pow(3 * feeBps * 1e-4 * Spot * gamma * gamma / (2 * g), 1.0 / 3);
        RegimeBand band = dp.Regimes[0].Band;
        output.WriteLine($"DP band {band.BandCoins:F4}, reset {band.ResetCoins:F4}; Whalley-Wilmott {h:F4}");
        Assert.InRange(band.BandCoins / h, 0.85, 1.15);
        Assert.InRange(band.ResetCoins / band.BandCoins, 0.9, 1.0);
    }

    /// <summary>Fixed cost only (gas K): the band equals (12 K Gamma^2 / G)^(1/4) within 15% and trades go to the target.</summary>
    [Fact]
    public void Fixed_cost_only_gives_the_quartic_band_reset_at_the_target()
    {
        var (book, gamma) = AtmBook(-200);
        const double gas = 5, g = 1e-3;
        MarketSnapshot market = HorizonFixtures.Market(0.0, [HorizonFixtures.BlackScholes("X", Spot, Vol, drift: 0.0)],
            costs: new Dictionary<string, CostModel> { ["default"] = new(0, 0, gas, 0) });
        BandSolution dp = Solve(book, market, "5m", g);
        double h = Math.Pow(12 * gas * gamma * gamma / g, 0.25);
        RegimeBand band = dp.Regimes[0].Band;
        output.WriteLine($"DP band {band.BandCoins:F4}, reset {band.ResetCoins:F4}; fixed-cost band {h:F4}");
        Assert.InRange(band.BandCoins / h, 0.85, 1.15);
        Assert.InRange(band.ResetCoins, 0.0, 0.1 * band.BandCoins);
    }

    /// <summary>
    /// Two regimes, the second with four times the fee, gas and a 30% chance a rebalance fails, the same vol: the DP
    /// gives the costly regime the wider band, and out of sample (fresh paths) no baseline beats its bands on both
    /// cost and error beyond two combined standard errors.
    /// </summary>
    [Fact]
    public void Two_regime_bands_follow_the_costs_and_are_not_dominated_out_of_sample()
    {
        var (book, _) = AtmBook(-200);
        var regimes = new RegimeChain(["cheap", "costly"], 0, [[0.7, 0.3], [0.3, 0.7]],
            new Dictionary<string, IReadOnlyDictionary<string, ModelOverride>>());
        MarketSnapshot market = HorizonFixtures.Market(0.0, [HorizonFixtures.BlackScholes("X", Spot, Vol, drift: 0.0)], regimes: regimes,
            costs: new Dictionary<string, CostModel> { ["cheap"] = new(3, 0.05, 0.2, 0), ["costly"] = new(12, 0.2, 2.0, 0.3) });
        const double g = 1e-3;
        var settings = new OptimizeSettings([g], g, Duration.Parse("3d"), Duration.Parse("1h"), new HorizonSettings(3000, 41), 3000);
        using var session = DeviceSelector.Open(DeviceKind.Cpu);
        OptimizeResult result = OptimizeStage.Run(session, book, market, settings);
        double cheap = result.Chosen.Entries.Single(e => e.Regime == "cheap").Band, costly = result.Chosen.Entries.Single(e => e.Regime == "costly").Band;
        output.WriteLine($"bands: cheap {cheap:F3}, costly {costly:F3}; dominated by [{string.Join(", ", result.Summary.DominatedBy)}]");
        foreach (FrontierRow f in result.Frontier) output.WriteLine($"  {f.Policy}: cost {f.CostPerDay:F2} ± {f.CostPerDayStderr:F2}, error sd {f.ErrorSdPerDay:F1} ± {f.ErrorSdPerDayStderr:F1}");
        Assert.True(costly > cheap);
        Assert.True(result.Summary.NotDominated);
    }
}
