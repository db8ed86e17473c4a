using GpuRisk.Books;
using GpuRisk.Devices;
using GpuRisk.Markets;
using GpuRisk.Models;
using GpuRisk.MonteCarlo;
using GpuRisk.Pricing;
using GpuRisk.Stress;
using static GpuRisk.Tests.Stress.StressFixtures;

namespace GpuRisk.Tests.Stress;

/// <summary>
/// A second method for the device risk matrix: the Monte Carlo stress engine (one simulation, common random
/// numbers for base and every cell) must land within its standard errors of the device's analytic figures, in
/// total, per underlying and for the base value; zero-shock and unshocked figures are exact by construction.
/// </summary>
public sealed class StressMonteCarloCrossCheckTests(CpuAcceleratorFixture fixture) : IClassFixture<CpuAcceleratorFixture>
{
    [Fact]
    public void Monte_Carlo_cells_agree_with_analytic_cells_within_standard_errors()
    {
        var heston = new HestonParameters(V0: 0.36, Kappa: 2.0, Theta: 0.40, Xi: 1.2, Rho: -0.4);
        MarketSnapshot market = Market(0.04,
            Heston("BTC", 95_000, heston, new JumpParameters(3.0, -0.05, 0.10)),
            BlackScholes("ETH", 3_400, 0.75));
        Book book = StressFixtures.Book(
            // A long straddle makes the book vega-heavy, so a wrong vol shock cannot hide in the noise.
            Option("c", "BTC", PositionKind.Call, 95_000, 30, 10.0),
            Option("p", "BTC", PositionKind.Put, 95_000, 30, 10.0),
            Option("q", "BTC", PositionKind.Put, 85_000, 30, -3.0),
            Option("e", "ETH", PositionKind.Put, 3_400, 10, 40.0),
            Linear("f", "BTC", PositionKind.Future, -4.0, 60));
        // Deribit's vol-shock scaling applies per expiry; the Monte Carlo engine must follow it too.
        StressGrid grid = StressGrid.Parse("spot=-0.16,0,0.16;vol=-0.1,0,0.2");
        StressResult analytic = fixture.Engine.Run(book, market, grid);

        using DeviceSession session = DeviceSelector.Open(DeviceKind.Cpu);
        StressResult mc = new MonteCarloStressEngine(session, new MonteCarloSettings(
            Paths: 40_000, StepsPerDay: 1, Seed: 99, Device: DeviceKind.Cpu)).Run(book, market, grid);

        Assert.Equal(analytic.Cells.Count, mc.Cells.Count);
        // The base value's standard error comes from the base book's per-path values.
        AssertWithin("base", "value", mc.BaseValue, analytic.BaseValue, mc.BaseValueStdErr!.Value);
        int unshocked = 0;
        for (int i = 0; i < mc.Cells.Count; i++)
        {
            StressCell a = analytic.Cells[i], m = mc.Cells[i];
            Assert.Equal((a.Underlying, a.SpotShock, a.VolShock), (m.Underlying, m.SpotShock, m.VolShock));
            string where = $"{m.Underlying} spot {m.SpotShock} vol {m.VolShock}";
            bool noShock = m.SpotShock == 0 && m.VolShock == 0;
            if (noShock) unshocked++;
            // The change's standard error comes from per-path differences on common random numbers; the
            // Greeks' from batch means over the paths. 4 standard errors (P(|Z| > 4) = 6.3e-5): over 27 cells x
            // 5 figures, in total and for the shocked underlying, a false alarm has probability about 0.02 for a
            // fresh seed; the seed is fixed, so the test is deterministic.
            AssertFiguresWithin(where, m.Total, a.Total, m.Errors!, noShock);
            for (int u = 0; u < mc.Underlyings.Count; u++)
            {
                bool shocked = !noShock && (m.Underlying == StressResult.All || m.Underlying == mc.Underlyings[u]);
                AssertFiguresWithin($"{where}, {mc.Underlyings[u]}'s positions", m.ByUnderlying[u], a.ByUnderlying[u],
                    m.ByUnderlyingErrors![u], !shocked);
            }
        }
        Assert.Equal(3, unshocked); // BTC alone, ETH alone and ALL at spot 0, vol 0
    }

    /// <summary>
    /// Figures within their standard errors. An unshocked part is valued on the base options themselves, so its
    /// change, the change's standard error and the analytic change are exactly zero (not a statistical test:
    /// a sigma test would compare 0 with 0 +- 0); a shocked part's change must carry a standard error.
    /// </summary>
    private static void AssertFiguresWithin(string where, CellFigures mc, CellFigures analytic, CellErrors errors, bool unshocked)
    {
        if (unshocked)
        {
            Assert.Equal((0.0, 0.0, 0.0), (mc.ValueChange, errors.ValueChange, analytic.ValueChange));
        }
        else
        {
            Assert.True(errors.ValueChange > 0, $"{where}: a shocked change must carry a standard error");
            AssertWithin(where, "value change", mc.ValueChange, analytic.ValueChange, errors.ValueChange);
        }
        AssertWithin(where, "delta", mc.Delta, analytic.Delta, errors.Greeks.Delta);
        AssertWithin(where, "gamma", mc.Gamma, analytic.Gamma, errors.Greeks.Gamma);
        AssertWithin(where, "vega", mc.Vega, analytic.Vega, errors.Greeks.Vega);
        AssertWithin(where, "theta", mc.Theta, analytic.Theta, errors.Greeks.Theta);
    }

    /// <summary>
    /// Within 4 standard errors, plus 1e-5 relative for float rounding: Black-Scholes' conditional-density gamma
    /// is exact on every path, so its standard error is rounding noise alone.
    /// </summary>
    private static void AssertWithin(string cell, string figure, double mc, double analytic, double stdErr) =>
        Assert.True(Math.Abs(mc - analytic) <= 4 * stdErr + 1e-5 * Math.Abs(analytic),
            $"{cell} {figure}: mc {mc:G6} analytic {analytic:G6} stderr {stdErr:G3}");
}
