using GpuRisk.Books;
using GpuRisk.Markets;
using GpuRisk.Models;
using GpuRisk.MonteCarlo;

namespace GpuRisk.Stress;

/// <summary>
/// The one simulation a Monte Carlo risk matrix needs. Spot shocks need no paths of their own (the models are
/// homogeneous in spot, so a shocked option is the same paths valued at spot S (1 + shock)); vol shocks change the
/// dynamics, so each distinct (underlying, scaled vol shift) is a slot on the underlying's random stream, walked
/// once on the same normals as the unshocked slot. Options are deduplicated by (position, spot shock, slot), so a
/// cell's unshocked positions and its zero-shock cells reuse the base options themselves.
/// </summary>
/// <remarks>
/// Parts (per-path values, for standard errors): part 0 is the base book's options; each cell has one part per
/// shocked underlying that holds options, pairing every option of it with its base self (per-path differences on
/// common random numbers), and a total part (the same part when the cell shocks one underlying).
/// </remarks>
internal sealed class StressSimulationJob
{
    /// <summary>The part holding the base book's options.</summary>
    public const int BasePart = 0;

    private readonly MarketSnapshot _market;
    private readonly Position[] _positions;
    private readonly List<PricingSlot> _slots = [];
    private readonly List<OptionJob> _options = [];
    private readonly List<IReadOnlyList<BookTerm>> _parts = [];
    private readonly Dictionary<(int Underlying, double Shift), int> _slotOf = [];
    private readonly Dictionary<(int Position, double SpotShock, int Slot), int> _optionOf = [];

    private StressSimulationJob(MarketSnapshot market, Position[] positions)
    {
        _market = market;
        _positions = positions;
        BaseOptions = new int[positions.Length];
    }

    /// <summary>The job to simulate (null when the book holds no options: nothing is random).</summary>
    public SimulationJob? Job => _options.Count == 0 ? null : new SimulationJob(_slots, _options, _parts);

    /// <summary>Per position: its option at the base market, or -1 for a linear position.</summary>
    public int[] BaseOptions { get; }

    /// <summary>Per cell, in the order asked: where its positions and parts are.</summary>
    public IReadOnlyList<StressCellJob> Cells { get; private set; } = [];

    /// <summary>
    /// The job for <paramref name="cells"/> (target: a book underlying index, or -1 for all), with
    /// <paramref name="bookUnderlying"/> the book underlying index of each position.
    /// </summary>
    public static StressSimulationJob Build(Position[] positions, int[] bookUnderlying, MarketSnapshot market, StressGrid grid,
        IReadOnlyList<(int Target, StressScenario Scenario)> cells, int underlyings)
    {
        var job = new StressSimulationJob(market, positions);
        var baseTerms = new List<BookTerm>();
        for (int i = 0; i < positions.Length; i++)
        {
            job.BaseOptions[i] = positions[i].IsOption ? job.OptionFor(i, 0.0, 0.0) : -1;
            if (job.BaseOptions[i] >= 0) baseTerms.Add(new BookTerm(job.BaseOptions[i], positions[i].QuantityCoins));
        }
        job._parts.Add(baseTerms);

        var cellJobs = new List<StressCellJob>(cells.Count);
        foreach (var (target, scenario) in cells)
        {
            var options = new int[positions.Length];
            var terms = new List<BookTerm>[underlyings];
            for (int u = 0; u < underlyings; u++) terms[u] = [];
            for (int i = 0; i < positions.Length; i++)
            {
                bool hit = target == -1 || target == bookUnderlying[i];
                options[i] = !positions[i].IsOption || !hit
                    ? job.BaseOptions[i]
                    : job.OptionFor(i, scenario.SpotShock, job.VolShift(i, scenario.VolShock, grid.Scaling));
                if (options[i] >= 0 && hit)
                {
                    double q = positions[i].QuantityCoins;
                    terms[bookUnderlying[i]].Add(new BookTerm(options[i], q, job.BaseOptions[i], q));
                }
            }
            var partOf = new int[underlyings];
            for (int u = 0; u < underlyings; u++) partOf[u] = job.AddPart(terms[u]);
            int total = target == -1 ? job.AddPart([.. terms.SelectMany(t => t)]) : partOf[target];
            cellJobs.Add(new StressCellJob(options, partOf, total));
        }
        job.Cells = cellJobs;
        return job;
    }

    /// <summary>Years from the valuation time to position <paramref name="i"/>'s expiry (0 for perps and spot).</summary>
    public double YearsTo(int i) => _positions[i].Expiry is { } e ? _market.YearsTo(e) : 0.0;

    /// <summary>The vol shift (after the down-shock floor) the grid gives position <paramref name="i"/>'s expiry for <paramref name="volShock"/>.</summary>
    private double VolShift(int i, double volShock, VolShockScaling scaling) =>
        scaling.Shift(volShock, YearsTo(i) * 365.0, _market.Underlying(_positions[i].Underlying).Model).Applied;

    /// <summary>Adds a part and returns its index, or -1 when it has no terms (its change is exactly zero).</summary>
    private int AddPart(List<BookTerm> terms)
    {
        if (terms.Count == 0) return -1;
        _parts.Add(terms);
        return _parts.Count - 1;
    }

    /// <summary>The option of position <paramref name="i"/> with spot shock and vol shift applied, added once.</summary>
    private int OptionFor(int i, double spotShock, double shift)
    {
        Position p = _positions[i];
        int u = _market.IndexOf(p.Underlying);
        // + 0.0 makes -0.0 and 0.0 one key.
        int slot = SlotFor(u, shift + 0.0);
        var key = (i, spotShock + 0.0, slot);
        if (!_optionOf.TryGetValue(key, out int option))
        {
            option = _options.Count;
            _optionOf.Add(key, option);
            _options.Add(new OptionJob(slot, p.Kind == PositionKind.Put, p.Strike, YearsTo(i),
                _market.Underlyings[u].Spot * (1.0 + spotShock)));
        }
        return option;
    }

    private int SlotFor(int underlying, double shift)
    {
        if (!_slotOf.TryGetValue((underlying, shift), out int slot))
        {
            slot = _slots.Count;
            _slotOf.Add((underlying, shift), slot);
            UnderlyingMarket m = _market.Underlyings[underlying];
            _slots.Add(new PricingSlot(underlying, DynamicsBuilder.From(m.Model.ShiftVol(shift), _market.Rate - m.Carry)));
        }
        return slot;
    }
}
