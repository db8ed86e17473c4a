using GpuRisk.Books;
using GpuRisk.Config;
using GpuRisk.Devices;
using GpuRisk.Horizon;
using GpuRisk.Markets;
using GpuRisk.Risk;
using GpuRisk.Tests.Horizon;
using MathNet.Numerics.Distributions;
using Xunit.Abstractions;

namespace GpuRisk.Tests.Risk;

/// <summary>The <c>var</c> stage against closed forms, an independent simulation, limits and its own merge.</summary>
public sealed class VarStageTests(ITestOutputHelper output)
{
    private static readonly Duration Week = Duration.Parse("7d");

    /// <summary>
    /// 10 coins held under GBM (drift 10%, vol 80%): P&amp;L = q S0 (e^X - 1), X ~ N((mu - sigma^2/2) h, sigma^2 h), so
    /// VaR_p = -q S0 (e^(x_q) - 1) and ES_p = q S0 (1 - e^(m + s^2/2) Phi((x_q - m - s^2) / s) / (1 - p)) with x_q the
    /// (1 - p) quantile of X. Over 100 seeds of 20,000 paths, the 95% intervals cover both at their nominal rate:
    /// at least 86 of 100 (95% less four binomial standard deviations, 2.2 each).
    /// </summary>
    [Fact]
    public void Linear_position_under_gbm_matches_the_lognormal_closed_form_and_intervals_cover()
    {
        const double s0 = 3400, vol = 0.8, drift = 0.10, q = 10;
        MarketSnapshot market = HorizonFixtures.Market(0.04, [HorizonFixtures.BlackScholes("ETH", s0, vol, drift: drift)]);
        Book book = HorizonFixtures.Book(HorizonFixtures.Linear("ETH", PositionKind.Spot, q));
        double h = Week.Years, m = (drift - 0.5 * vol * vol) * h, s = vol * Math.Sqrt(h);
        using var session = DeviceSelector.Open(DeviceKind.Cpu);
        foreach (double level in new[] { 0.99 })
        {
            double x = Normal.InvCDF(m, s, 1 - level);
            double trueVar = -q * s0 * (Math.Exp(x) - 1);
            double trueEs = q * s0 * (1 - Math.Exp(m + 0.5 * s * s) * Normal.CDF(0, 1, (x - m - s * s) / s) / (1 - level));
            int varCovered = 0, esCovered = 0;
            for (ulong seed = 1; seed <= 100; seed++)
            {
                var settings = new VarSettings([Week], [level], new HorizonSettings(20_000, seed, StepsPerDay: 1));
                LevelEstimate e = VarStage.Run(session, book, market, settings).Finish()[0].Levels[0];
                if (e.VarLow <= trueVar && trueVar <= e.VarHigh) varCovered++;
                if (e.EsLow <= trueEs && trueEs <= e.EsHigh) esCovered++;
                if (seed == 1) output.WriteLine($"seed 1: VaR {e.Var:F0} [{e.VarLow:F0}, {e.VarHigh:F0}] vs {trueVar:F0}; ES {e.Es:F0} [{e.EsLow:F0}, {e.EsHigh:F0}] vs {trueEs:F0}");
            }
            output.WriteLine($"level {level}: VaR covered {varCovered}/100, ES covered {esCovered}/100");
            Assert.InRange(varCovered, 86, 100);
            Assert.InRange(esCovered, 86, 100);
        }
    }

    /// <summary>
    /// A regime that is entered at time 0 and never left prices and simulates exactly as a market whose base
    /// parameters are that regime's: the same paths (the chain's draws have their own stream) and the same book.
    /// </summary>
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void An_absorbing_regime_equals_its_parameters_as_the_base(bool heston)
    {
        UnderlyingMarket calm = heston
            ? HorizonFixtures.Heston("BTC", 95000, 0.25, 3.0, 0.30, 1.0, -0.3, drift: 0.05)
            : HorizonFixtures.BlackScholes("BTC", 95000, 0.5, drift: 0.05);
        var stressedOverride = heston
            ? new ModelOverride(Theta: 0.9, Xi: 1.8, JumpLambda: 10, JumpMean: -0.08, JumpStdev: 0.1, Drift: -0.3)
            : new ModelOverride(Vol: 1.1, JumpLambda: 10, JumpMean: -0.08, JumpStdev: 0.1, Drift: -0.3);
        var chain = new RegimeChain(["calm", "stressed"], 1, [[0.9, 0.1], [0.0, 1.0]],
            new Dictionary<string, IReadOnlyDictionary<string, ModelOverride>> { ["stressed"] = new Dictionary<string, ModelOverride> { ["BTC"] = stressedOverride } });
        MarketSnapshot withRegimes = HorizonFixtures.Market(0.04, [calm], regimes: chain);
        MarketSnapshot stressedBase = HorizonFixtures.Market(0.04, [stressedOverride.ApplyTo(calm)]);
        Book book = HorizonFixtures.Book(
            HorizonFixtures.Option("BTC", true, 85000, 30, 5), HorizonFixtures.Option("BTC", false, 100000, 3, -4),
            HorizonFixtures.Linear("BTC", PositionKind.Perp, 2));
        var settings = new VarSettings([Duration.Parse("1d"), Week], [0.99], new HorizonSettings(20_000, 5));
        using var session = DeviceSelector.Open(DeviceKind.Cpu);
        VarState a = VarStage.Run(session, book, withRegimes, settings), b = VarStage.Run(session, book, stressedBase, settings);
        Assert.Equal(b.BaseValue, a.BaseValue, 1e-9 * Math.Abs(b.BaseValue));
        var (ra, rb) = (a.Finish(), b.Finish());
        for (int h = 0; h < ra.Count; h++)
        {
            Assert.Equal(rb[h].Samples, ra[h].Samples);
            Assert.Equal(rb[h].Levels[0].Es, ra[h].Levels[0].Es);
            Assert.Equal(1.0, ra[h].RegimeProbabilities[1].Probability);
        }
    }

    /// <summary>
    /// Two shards over halves of the paths, merged, give the whole run's figures bit for bit (block sums and kept
    /// tails merge exactly), and so does a different chunk size.
    /// </summary>
    [Fact]
    public void Merged_halves_and_any_chunk_size_equal_the_whole_run_exactly()
    {
        MarketSnapshot market = HorizonFixtures.Market(0.04,
            [HorizonFixtures.Heston("BTC", 95000, 0.36, 3.0, 0.42, 1.2, -0.35, new GpuRisk.Models.JumpParameters(3, -0.05, 0.1), 0.1),
             HorizonFixtures.BlackScholes("ETH", 3400, 0.75, drift: 0.12)], [[1, 0.8], [0.8, 1]]);
        Book book = HorizonFixtures.Book(
            HorizonFixtures.Option("BTC", true, 85000, 10, 20), HorizonFixtures.Option("ETH", false, 3600, 3, -100),
            HorizonFixtures.Option("ETH", true, 3000, 45, 50), HorizonFixtures.Linear("BTC", PositionKind.Future, -3, 30));
        const long paths = 3 * 4096 + 1000;
        VarSettings Settings(long start, long end, int chunk) =>
            new([Duration.Parse("1d"), Week], [0.99, 0.995], new HorizonSettings(paths, 11, PathStart: start, PathEnd: end, ChunkPaths: chunk));
        using var session = DeviceSelector.Open(DeviceKind.Cpu);
        VarState whole = VarStage.Run(session, book, market, Settings(0, paths, 8192));
        var (s0, e0) = new ShardSpec(0, 2).Range(paths);
        var (s1, e1) = new ShardSpec(1, 2).Range(paths);
        VarState merged = VarStage.Run(session, book, market, Settings(s0, e0, 8192));
        merged.Merge(VarStage.Run(session, book, market, Settings(s1, e1, 8192)));
        VarState rechunked = VarStage.Run(session, book, market, Settings(0, paths, 3000));
        foreach (VarState other in new[] { merged, rechunked })
        {
            var (x, y) = (whole.Finish(), other.Finish());
            for (int h = 0; h < x.Count; h++)
            {
                Assert.Equal(x[h].Mean, y[h].Mean);
                Assert.Equal(x[h].Sd, y[h].Sd);
                Assert.Equal(x[h].SdStderr, y[h].SdStderr);
                for (int l = 0; l < x[h].Levels.Count; l++)
                {
                    Assert.Equal(x[h].Levels[l] with { Contributions = [] }, y[h].Levels[l] with { Contributions = [] });
                    Assert.Equal(x[h].Levels[l].Contributions, y[h].Levels[l].Contributions);
                }
            }
        }
    }
}
