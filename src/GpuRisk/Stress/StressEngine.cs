using GpuRisk.Books;
using GpuRisk.Kernels.Models;
using GpuRisk.Kernels.Stress;
using GpuRisk.Markets;
using GpuRisk.Models;
using ILGPU.Runtime;

namespace GpuRisk.Stress;

/// <summary>
/// Values a book over a stress grid on an ILGPU accelerator: for every cell (scenario x shocked
/// underlying or ALL) and position, the value and Greeks at the shocked inputs; then the value change
/// against the base market, per underlying and in total, and the worst cell.
/// </summary>
/// <remarks>
/// <para>Shocked inputs: spot S (1 + spotShock) for the shocked underlying(s); the vol shift
/// <see cref="VolShockScaling.Shift"/>(volShock, DTE, model) of the position's own expiry, applied by
/// <see cref="UnderlyingModel.ShiftVol"/> (Black-Scholes vol; Heston/Bates sqrt(v0) and sqrt(theta)).
/// Unshocked underlyings keep their base inputs. Rates, carry and the other model parameters stay.</para>
/// <para>Evaluation: Black-Scholes options and every linear position in closed form
/// (<see cref="ClosedFormPricer"/>); Heston and Bates options by Lewis's Fourier integral
/// (<see cref="FourierPricer"/>), whose characteristic function is computed once per (underlying,
/// expiry, vol shift) and shared by every strike and spot shock. The base market is evaluated by the
/// same kernels as the cells, so a zero shock gives a value change of exactly zero.</para>
/// </remarks>
public sealed class StressEngine
{
    private readonly Accelerator _accelerator;
    private readonly StressKernels _kernels;

    /// <summary>Loads the stress kernels on <paramref name="accelerator"/> (owned by the caller).</summary>
    public StressEngine(Accelerator accelerator)
    {
        _accelerator = accelerator;
        _kernels = new StressKernels(accelerator);
    }

    /// <summary>The risk matrix of <paramref name="book"/> on <paramref name="market"/> over <paramref name="grid"/>.</summary>
    public StressResult Run(Book book, MarketSnapshot market, StressGrid grid)
    {
        market = market.Today();
        IReadOnlyList<string> names = book.Underlyings;
        Resolved[] positions = Resolve(book, market, names);

        // Cell 0 is the base market; then, per target (each underlying alone, then ALL), every scenario.
        var cells = new List<(int Target, StressScenario Scenario)> { (-2, new StressScenario(0.0, 0.0)) };
        for (int target = 0; target <= names.Count; target++)
        {
            foreach (StressScenario s in grid.Scenarios) cells.Add((target == names.Count ? -1 : target, s));
        }

        var builder = new ItemBuilder(market);
        var locations = new (bool Fourier, int Index)[cells.Count * positions.Length];
        for (int c = 0; c < cells.Count; c++)
        {
            var (target, scenario) = cells[c];
            for (int p = 0; p < positions.Length; p++)
            {
                Resolved r = positions[p];
                bool shocked = target == -1 || target == r.BookUnderlying;
                double spot = r.Market.Spot * (1.0 + (shocked ? scenario.SpotShock : 0.0));
                double shift = shocked ? grid.Scaling.Shift(scenario.VolShock, r.Years * 365.0, r.Market.Model).Applied : 0.0;
                locations[c * positions.Length + p] = builder.Add(r, spot, shift);
            }
        }

        StressFigures[] closed = _kernels.EvaluateClosedForm(builder.ClosedForm.ToArray());
        StressFigures[] fourier = _kernels.EvaluateFourier(builder.Groups.ToArray(), builder.NodeGroup.ToArray(), builder.Fourier.ToArray());

        CellFigures[][] byUnderlying = new CellFigures[cells.Count][];
        for (int c = 0; c < cells.Count; c++)
        {
            byUnderlying[c] = new CellFigures[names.Count];
            for (int p = 0; p < positions.Length; p++)
            {
                var (isFourier, index) = locations[c * positions.Length + p];
                StressFigures f = isFourier ? fourier[index] : closed[index];
                byUnderlying[c][positions[p].BookUnderlying] += new CellFigures(f.Value, f.Delta, f.Gamma, f.Vega, f.Theta);
            }
        }

        CellFigures[] baseFigures = byUnderlying[0];
        var result = new List<StressCell>(cells.Count - 1);
        for (int c = 1; c < cells.Count; c++)
        {
            var parts = new CellFigures[names.Count];
            CellFigures total = default;
            for (int u = 0; u < names.Count; u++)
            {
                // Cell figures hold values so far; the change is taken against the same kernel's base value.
                parts[u] = byUnderlying[c][u] with { ValueChange = byUnderlying[c][u].ValueChange - baseFigures[u].ValueChange };
                total += parts[u];
            }
            var (target, scenario) = cells[c];
            result.Add(new StressCell(target == -1 ? StressResult.All : names[target],
                scenario.SpotShock, scenario.VolShock, total, parts));
        }
        double baseValue = baseFigures.Sum(f => f.ValueChange);
        return StressResult.Of("analytic", _accelerator.Name, names, baseValue, result, grid, book, market);
    }

    /// <summary>A position with what the kernels need resolved once.</summary>
    private sealed record Resolved(Position Position, int BookUnderlying, int MarketUnderlying,
        UnderlyingMarket Market, double Years, double EntryPrice);

    private static Resolved[] Resolve(Book book, MarketSnapshot market, IReadOnlyList<string> names)
    {
        var resolved = new Resolved[book.Positions.Count];
        for (int i = 0; i < resolved.Length; i++)
        {
            Position p = book.Positions[i];
            int m = market.IndexOf(p.Underlying);
            if (m < 0)
            {
                throw new InputException(book.SourceFile, (i + 1).ToString(), "underlying",
                    $"'{p.Underlying}' is not in the market {market.SourceFile}");
            }
            UnderlyingMarket u = market.Underlyings[m];
            double years = p.Expiry is { } e ? market.YearsTo(e) : 0.0;
            // A missing entry price means today's mark, so the position is worth 0 at the base market.
            double baseMark = p.Kind == PositionKind.Future ? u.Spot * Math.Exp((market.Rate - u.Carry) * years) : u.Spot;
            int b = IndexOf(names, p.Underlying);
            resolved[i] = new Resolved(p, b, m, u, years, p.EntryPrice ?? baseMark);
        }
        return resolved;
    }

    private static int IndexOf(IReadOnlyList<string> names, string name)
    {
        for (int i = 0; i < names.Count; i++)
        {
            if (names[i] == name) return i;
        }
        return -1;
    }

    /// <summary>Collects kernel items, one Fourier group per (underlying, expiry, vol shift).</summary>
    private sealed class ItemBuilder(MarketSnapshot market)
    {
        private readonly Dictionary<(int Underlying, double Years, double Shift), int> _groupOf = [];

        public List<ClosedFormItem> ClosedForm { get; } = [];
        public List<FourierItem> Fourier { get; } = [];
        public List<FourierGroup> Groups { get; } = [];
        public List<int> NodeGroup { get; } = [];

        public (bool Fourier, int Index) Add(Resolved r, double spot, double shift)
        {
            Position p = r.Position;
            UnderlyingModel model = r.Market.Model;
            if (p.IsOption && model.Kind != ModelKind.BlackScholes)
            {
                int group = GroupFor(r, shift);
                Fourier.Add(new FourierItem(Kind(p.Kind), spot, p.Strike, p.QuantityCoins, group));
                return (true, Fourier.Count - 1);
            }
            double vol = p.IsOption ? model.Vol!.Value + shift : 0.0;
            ClosedForm.Add(new ClosedFormItem(Kind(p.Kind), spot, p.Strike, r.Years, market.Rate, r.Market.Carry,
                vol, p.QuantityCoins, r.EntryPrice));
            return (false, ClosedForm.Count - 1);
        }

        private int GroupFor(Resolved r, double shift)
        {
            var key = (r.MarketUnderlying, r.Years, shift);
            if (_groupOf.TryGetValue(key, out int g)) return g;
            UnderlyingDynamics model = DynamicsBuilder.From(r.Market.Model, market.Rate - r.Market.Carry).ShiftVol(shift);
            // Bumps for the central differences: small against the inputs, large against rounding
            // (prices carry ~1e-13 relative error, so a 1e-3 relative bump keeps ~1e-10 in the Greeks).
            double volBump = Math.Min(1e-4, 0.5 * Math.Sqrt(Math.Min(model.V0, model.Theta)));
            double timeBump = 1e-3 * r.Years;
            int nodes = FourierQuadrature.NodeCount(model, r.Years, volBump, timeBump);
            g = Groups.Count;
            Groups.Add(new FourierGroup(model, r.Years, market.Rate, r.Market.Carry, volBump, timeBump,
                NodeGroup.Count, nodes, FourierQuadrature.Step));
            for (int n = 0; n < nodes; n++) NodeGroup.Add(g);
            _groupOf.Add(key, g);
            return g;
        }

        private static InstrumentKind Kind(PositionKind kind) => kind switch
        {
            PositionKind.Call => InstrumentKind.Call,
            PositionKind.Put => InstrumentKind.Put,
            PositionKind.Future => InstrumentKind.Future,
            PositionKind.Perp => InstrumentKind.Perp,
            _ => InstrumentKind.Spot,
        };
    }
}
