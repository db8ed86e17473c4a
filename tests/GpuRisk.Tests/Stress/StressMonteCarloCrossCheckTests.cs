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
/// A second method for the device risk matrix: the Monte Carlo stress engine (common random numbers, one
/// seed for base and cell) must land within its standard errors of the device's analytic value change.
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
        for (int i = 0; i < mc.Cells.Count; i++)
        {
            StressCell a = analytic.Cells[i], m = mc.Cells[i];
            Assert.Equal((a.Underlying, a.SpotShock, a.VolShock), (m.Underlying, m.SpotShock, m.VolShock));
            // The change's standard error comes from per-path differences on common random numbers; the
            // Greeks' from batch means over the cell's paths. 4 standard errors: at 18 cells x 5 figures,
            // a false alarm has probability about 0.006.
            string where = $"{m.Underlying} spot {m.SpotShock} vol {m.VolShock}";
            AssertWithin(where, "value change", m.Total.ValueChange, a.Total.ValueChange, m.Errors!.ValueChange);
            AssertWithin(where, "delta", m.Total.Delta, a.Total.Delta, m.Errors.Greeks.Delta);
            AssertWithin(where, "gamma", m.Total.Gamma, a.Total.Gamma, m.Errors.Greeks.Gamma);
            AssertWithin(where, "vega", m.Total.Vega, a.Total.Vega, m.Errors.Greeks.Vega);
            AssertWithin(where, "theta", m.Total.Theta, a.Total.Theta, m.Errors.Greeks.Theta);
        }
    }

    private static void AssertWithin(string cell, string figure, double mc, double analytic, double stdErr) =>
        Assert.True(Math.Abs(mc - analytic) <= 4 * stdErr,
            $"{cell} {figure}: mc {mc:G6} analytic {analytic:G6} stderr {stdErr:G3}");
}
