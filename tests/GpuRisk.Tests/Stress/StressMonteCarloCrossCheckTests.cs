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
/// A second method for the device risk matrix: Monte Carlo repricing at each cell's shocked inputs, with
/// common random numbers (one seed for base and cell), must land within its standard errors of the
/// device's analytic value change.
/// </summary>
public sealed class StressMonteCarloCrossCheckTests(CpuAcceleratorFixture fixture) : IClassFixture<CpuAcceleratorFixture>
{
    [Fact]
    public void Monte_Carlo_cells_agree_with_analytic_cells_within_standard_errors()
    {
        // One expiry at exactly 30 days, where the (30/DTE)^power vol-shock scale is 1, so a cell's
        // shocked market is the same for every position and Monte Carlo can reprice it directly.
        var heston = new HestonParameters(V0: 0.36, Kappa: 2.0, Theta: 0.40, Xi: 1.2, Rho: -0.4);
        MarketSnapshot market = Market(0.04,
            Heston("BTC", 95_000, heston, new JumpParameters(3.0, -0.05, 0.10)),
            BlackScholes("ETH", 3_400, 0.75));
        Book book = StressFixtures.Book(
            // A long straddle makes the book vega-heavy, so a wrong vol shock cannot hide in the noise.
            Option("c", "BTC", PositionKind.Call, 95_000, 30, 10.0),
            Option("p", "BTC", PositionKind.Put, 95_000, 30, 10.0),
            Option("q", "BTC", PositionKind.Put, 85_000, 30, -3.0),
            Option("e", "ETH", PositionKind.Put, 3_400, 30, 40.0));
        StressGrid grid = StressGrid.Parse("spot=-0.16,0,0.16;vol=-0.1,0,0.2");
        StressResult analytic = fixture.Engine.Run(book, market, grid);

        using DeviceSession session = DeviceSelector.Open(DeviceKind.Cpu);
        var mc = new MonteCarloBookPricer(new MonteCarloSettings(
            Paths: 40_000, StepsPerDay: 1, Seed: 99, Device: DeviceKind.Cpu, Slots: 1024));
        BookValuation basis = mc.Price(book, market, session);

        foreach (StressCell cell in analytic.Cells.Where(c => c.Underlying == StressResult.All))
        {
            MarketSnapshot shocked = market with
            {
                Underlyings = market.Underlyings.Select(u => u with
                {
                    Spot = u.Spot * (1 + cell.SpotShock),
                    Model = u.Model.ShiftVol(cell.VolShock),
                }).ToArray(),
            };
            BookValuation moved = mc.Price(book, shocked, session);
            double change = moved.Total.Value - basis.Total.Value;
            // With common random numbers the difference's error is at most the sum of the two errors
            // (perfect negative correlation); 3 of those is a conservative, never-flaky bound.
            double tolerance = 3 * (moved.Total.StdErr + basis.Total.StdErr);
            Assert.True(Math.Abs(change - cell.Total.ValueChange) <= tolerance,
                $"spot {cell.SpotShock} vol {cell.VolShock}: mc {change:F2} analytic {cell.Total.ValueChange:F2} tol {tolerance:F2}");
        }
    }
}
