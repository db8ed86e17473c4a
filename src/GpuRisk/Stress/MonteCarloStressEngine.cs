using GpuRisk.Books;
using GpuRisk.Devices;
using GpuRisk.Markets;
using GpuRisk.Models;
using GpuRisk.MonteCarlo;
using GpuRisk.Pricing;
using GpuRisk.Pricing.Analytic;

namespace GpuRisk.Stress;

/// <summary>
/// The risk matrix by Monte Carlo with common random numbers: every cell is simulated from the same
/// seed, so neighbouring cells differ by the shock, not by noise. The second method beside the
/// device's analytic <see cref="StressEngine"/>, and the one a model without a closed form would use.
/// </summary>
/// <remarks>
/// Each cell is one simulation. Options are grouped by (underlying, expiry), because the scaled vol
/// shock depends on the expiry; groups of one underlying draw the same random numbers. The base book
/// rides along with its quantities negated and values only, so each path's simulated book value is the
/// cell's change on that path, and the change's standard error is honest; the Greeks' errors are the
/// cell book's batch means. One simulation per cell makes this slow:
/// use it on small grids or with fewer paths.
/// </remarks>
public sealed class MonteCarloStressEngine(DeviceSession session, MonteCarloSettings settings)
{
    /// <summary>The risk matrix of <paramref name="book"/> on <paramref name="market"/> over <paramref name="grid"/>.</summary>
    public StressResult Run(Book book, MarketSnapshot market, StressGrid grid)
    {
        market = market.Today();
        string[] names = book.Underlyings.ToArray();
        // Entry prices fixed at today's marks, so a shocked future or perp shows its P&L.
        Position[] positions = book.Positions.Select(p => AnalyticBookPricer.WithEntryPriceAtMark(p, market)).ToArray();
        double[][] cholesky = Cholesky.Factor(market.Correlation);
        JobSet baseJobs = JobSet.Build(positions, market, cholesky, grid, target: null, new StressScenario(0, 0), sign: -1, valueOnly: true);

        var cells = new List<StressCell>();
        double baseValue = 0;
        for (int target = 0; target <= names.Length; target++)
        {
            string shocked = target == names.Length ? StressResult.All : names[target];
            foreach (StressScenario scenario in grid.Scenarios)
            {
                JobSet cellJobs = JobSet.Build(positions, market, cholesky, grid, shocked, scenario, sign: +1, valueOnly: false);
                // A book of futures, perps and spot alone is exact: nothing to simulate.
                SimulationResult? sim = cellJobs.Jobs.Count == 0 ? null
                    : PricingSimulation.Run(session, [.. cellJobs.Jobs, .. baseJobs.Jobs], cholesky, market.Rate, settings);
                var cellParts = new CellFigures[names.Length];
                var baseParts = new CellFigures[names.Length];
                for (int i = 0; i < positions.Length; i++)
                {
                    int u = Array.IndexOf(names, positions[i].Underlying);
                    Valuation cell = cellJobs.ValueOf(i, sim, jobOffset: 0);
                    Valuation basis = baseJobs.ValueOf(i, sim, jobOffset: cellJobs.Jobs.Count);
                    cellParts[u] += new CellFigures(cell.Value, cell.Delta, cell.Gamma, cell.Vega, cell.Theta);
                    baseParts[u] += new CellFigures(basis.Value, 0, 0, 0, 0);
                }
                CellFigures total = default;
                for (int u = 0; u < names.Length; u++)
                {
                    cellParts[u] = cellParts[u] with { ValueChange = cellParts[u].ValueChange - baseParts[u].ValueChange };
                    total += cellParts[u];
                }
                baseValue = baseParts.Sum(p => p.ValueChange);
                cells.Add(new StressCell(shocked, scenario.SpotShock, scenario.VolShock, total, cellParts,
                    new CellErrors(sim?.BookStdErr ?? 0, sim?.BookGreekErrors ?? default)));
            }
        }
        return StressResult.Of("mc", session.Name, names, baseValue, cells, grid, book, market);
    }

    /// <summary>
    /// The simulation jobs of one cell (or of the base market): one job per (underlying, expiry) with
    /// the cell's spot and scaled vol shift, and where each option position landed.
    /// </summary>
    private sealed record JobSet(List<UnderlyingJob> Jobs, (int Job, int Option)[] Where, MarketSnapshot Market,
        UnderlyingMarket[] Shocked, Position[] Positions)
    {
        public static JobSet Build(Position[] positions, MarketSnapshot market, double[][] cholesky, StressGrid grid,
            string? target, StressScenario scenario, double sign, bool valueOnly)
        {
            var jobs = new List<UnderlyingJob>();
            var where = new (int Job, int Option)[positions.Length];
            var shocked = new UnderlyingMarket[positions.Length];
            var jobOf = new Dictionary<(int Underlying, double Years), int>();
            for (int i = 0; i < positions.Length; i++)
            {
                Position p = positions[i];
                int u = market.IndexOf(p.Underlying);
                UnderlyingMarket m = market.Underlyings[u];
                double years = p.Expiry is { } e ? market.YearsTo(e) : 0.0;
                bool hit = target == StressResult.All || target == p.Underlying;
                double shift = hit ? grid.Scaling.Shift(scenario.VolShock, years * 365.0, m.Model).Applied : 0.0;
                shocked[i] = hit ? m with { Spot = m.Spot * (1 + scenario.SpotShock), Model = m.Model.ShiftVol(shift) } : m;
                if (!p.IsOption) continue;
                if (!jobOf.TryGetValue((u, years), out int j))
                {
                    j = jobs.Count;
                    jobOf[(u, years)] = j;
                    var model = DynamicsBuilder.From(shocked[i].Model, market.Rate - m.Carry);
                    jobs.Add(new UnderlyingJob(u, shocked[i].Spot, model, new List<OptionJob>(), valueOnly));
                }
                var options = (List<OptionJob>)jobs[j].Options;
                where[i] = (j, options.Count);
                options.Add(new OptionJob(p.Kind == PositionKind.Put, p.Strike, years, sign * p.QuantityCoins));
            }
            return new JobSet(jobs, where, market, shocked, positions);
        }

        /// <summary>Position <paramref name="i"/>'s value and Greeks (quantity included) in this set's market.</summary>
        public Valuation ValueOf(int i, SimulationResult? sim, int jobOffset)
        {
            Position p = Positions[i];
            if (!p.IsOption)
            {
                double years = p.Expiry is { } e ? Market.YearsTo(e) : 0.0;
                return LinearPositions.Value(p, Shocked[i], Market.Rate, years);
            }
            OptionEstimate o = sim!.Options[jobOffset + Where[i].Job][Where[i].Option];
            return new Valuation(o.Value, o.StdErr, o.Delta, o.Gamma, o.Vega, o.Theta).Scale(p.QuantityCoins);
        }
    }
}
