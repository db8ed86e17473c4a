using GpuRisk.Books;
using GpuRisk.Devices;
using GpuRisk.Markets;
using GpuRisk.MonteCarlo;
using GpuRisk.Pricing;
using GpuRisk.Pricing.Analytic;

namespace GpuRisk.Stress;

/// <summary>
/// The risk matrix by Monte Carlo with common random numbers: one simulation values every cell on the same
/// paths, so neighbouring cells differ by the shock, not by noise. The second method beside the device's
/// analytic <see cref="StressEngine"/>, and the one a model without a closed form would use.
/// </summary>
/// <remarks>
/// The simulation (<see cref="StressSimulationJob"/>) walks each underlying once per distinct scaled vol shift
/// (the shift depends on the expiry) on the underlying's own normals, and settles every option at every spot
/// shock from the same paths. Each cell's value change, per underlying and in total, carries a standard error
/// from per-path differences against the base book on the same paths, and the base value one from the base
/// book's per-path values; the Greeks carry batch-means errors. Linear positions are exact. A zero-shock cell,
/// and an underlying a cell leaves unshocked, change by exactly zero with a zero standard error.
/// </remarks>
public sealed class MonteCarloStressEngine(DeviceSession session, MonteCarloSettings settings)
{
    /// <summary>The risk matrix of <paramref name="book"/> on <paramref name="market"/> over <paramref name="grid"/>.</summary>
    public StressResult Run(Book book, MarketSnapshot market, StressGrid grid)
    {
        market = market.Today();
        string[] names = [.. book.Underlyings];
        // Entry prices fixed at today's marks, so a shocked future or perp shows its P&L.
        Position[] positions = [.. book.Positions.Select(p => AnalyticBookPricer.WithEntryPriceAtMark(p, market))];
        int[] bookUnderlying = [.. positions.Select(p => Array.IndexOf(names, p.Underlying))];
        var cells = new List<(int Target, StressScenario Scenario)>();
        for (int target = 0; target <= names.Length; target++)
        {
            foreach (StressScenario scenario in grid.Scenarios) cells.Add((target == names.Length ? -1 : target, scenario));
        }

        var job = StressSimulationJob.Build(positions, bookUnderlying, market, grid, cells, names.Length);
        // A book of futures, perps and spot alone is exact: nothing to simulate.
        SimulationResult? sim = job.Job is { } simulation
            ? PricingSimulation.Run(session, simulation, Cholesky.Factor(market.Correlation), market.Rate, settings)
            : null;
        var valuer = new CellValuer(positions, bookUnderlying, names.Length, market, job, sim);

        var result = new List<StressCell>(cells.Count);
        for (int c = 0; c < cells.Count; c++)
        {
            var (target, scenario) = cells[c];
            result.Add(valuer.Cell(target == -1 ? StressResult.All : names[target], target, scenario, job.Cells[c]));
        }
        double baseValue = 0;
        for (int i = 0; i < positions.Length; i++) baseValue += valuer.BaseValue(i).Value;
        double baseStdErr = sim?.Parts[StressSimulationJob.BasePart].StdErr ?? 0.0;
        return StressResult.Of("mc", session.Name, names, baseValue, result, grid, book, market) with { BaseValueStdErr = baseStdErr };
    }

    /// <summary>Turns the simulation's estimates into cell figures and errors.</summary>
    private sealed class CellValuer(Position[] positions, int[] bookUnderlying, int underlyings, MarketSnapshot market,
        StressSimulationJob job, SimulationResult? sim)
    {
        /// <summary>Position <paramref name="i"/>'s value and Greeks (quantity included) at the base market.</summary>
        public Valuation BaseValue(int i) => Value(i, job.BaseOptions[i], new StressScenario(0.0, 0.0), shocked: false);

        /// <summary>One cell: figures per book underlying and in total, with their standard errors.</summary>
        public StressCell Cell(string name, int target, StressScenario scenario, StressCellJob cell)
        {
            var parts = new CellFigures[underlyings];
            for (int i = 0; i < positions.Length; i++)
            {
                bool shocked = target == -1 || target == bookUnderlying[i];
                Valuation v = Value(i, cell.Options[i], scenario, shocked);
                parts[bookUnderlying[i]] += new CellFigures(v.Value - BaseValue(i).Value, v.Delta, v.Gamma, v.Vega, v.Theta);
            }
            CellFigures total = default;
            var errors = new CellErrors[underlyings];
            for (int u = 0; u < underlyings; u++)
            {
                total += parts[u];
                errors[u] = Errors(cell.PartOf[u], cell.Options, i => bookUnderlying[i] == u);
            }
            return new StressCell(name, scenario.SpotShock, scenario.VolShock, total, parts,
                Errors(cell.TotalPart, cell.Options, _ => true), errors);
        }

        private Valuation Value(int i, int option, StressScenario scenario, bool shocked)
        {
            Position p = positions[i];
            if (option >= 0)
            {
                OptionEstimate o = sim!.Options[option];
                return new Valuation(o.Value, o.StdErr, o.Delta, o.Gamma, o.Vega, o.Theta).Scale(p.QuantityCoins);
            }
            UnderlyingMarket m = market.Underlying(p.Underlying);
            if (shocked) m = m with { Spot = m.Spot * (1.0 + scenario.SpotShock) };
            return LinearPositions.Value(p, m, market.Rate, job.YearsTo(i));
        }

        /// <summary>The value change's error from the per-path part (0 when exactly unchanged) and the Greeks' batch-means errors of the selected options.</summary>
        private CellErrors Errors(int part, int[] options, Func<int, bool> selected)
        {
            if (sim is null) return new CellErrors(0.0, default);
            var holdings = new List<(int Option, double Quantity)>();
            for (int i = 0; i < positions.Length; i++)
            {
                if (options[i] >= 0 && selected(i)) holdings.Add((options[i], positions[i].QuantityCoins));
            }
            return new CellErrors(part < 0 ? 0.0 : sim.Parts[part].StdErr, sim.GreekErrors(holdings));
        }
    }
}
