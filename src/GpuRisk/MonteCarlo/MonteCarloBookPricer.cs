using GpuRisk.Books;
using GpuRisk.Devices;
using GpuRisk.Markets;
using GpuRisk.Models;
using GpuRisk.Pricing;

namespace GpuRisk.MonteCarlo;

/// <summary>
/// Values a book by Monte Carlo under the risk-neutral parameters of the initial regime (no switching):
/// Black-Scholes stepped exactly, Heston and Bates with Andersen's QE scheme and martingale
/// correction, several underlyings with correlated spot drivers, Philox random numbers.
/// </summary>
/// <remarks>
/// Estimators (per path, common random numbers throughout; see <see cref="Kernels.Payoffs.OptionSettlement"/>):
/// value: discounted payoff, stderr from its sample variance; delta: pathwise; gamma: the
/// conditional density of S_T at the strike given the variance path and jumps (Romano-Touzi
/// mixing); vega: central difference of paths with sqrt(v0), sqrt(theta) (or vol) +- 0.01 from
/// the same draws; theta: central difference in expiry (the expiry step +-10%) on the same paths.
/// The book total's stderr comes from the per-path book values; every Greek's standard error comes
/// from batch means (<see cref="PricingSimulation.GreekBatches"/> interleaved batches of paths). Futures, perps and spot are
/// deterministic (<see cref="LinearPositions"/>).
/// </remarks>
public sealed class MonteCarloBookPricer : IBookPricer
{
    private readonly MonteCarloSettings settings;
    private readonly Action<string>? onWarning;

    /// <summary>A pricer with <paramref name="settings"/>.</summary>
    /// <param name="onWarning">Told when the requested device could not be used (the CPU accelerator runs instead).</param>
    public MonteCarloBookPricer(MonteCarloSettings settings, Action<string>? onWarning = null)
    {
        settings.Validate();
        this.settings = settings;
        this.onWarning = onWarning;
    }

    /// <inheritdoc/>
    public BookValuation Price(Book book, MarketSnapshot market)
    {
        using DeviceSession session = DeviceSelector.Open(settings.Device);
        if (session.Warning is { } warning) onWarning?.Invoke(warning);
        return Price(book, market, session);
    }

    /// <summary>Values <paramref name="book"/> on an already open device.</summary>
    public BookValuation Price(Book book, MarketSnapshot market, DeviceSession session)
    {
        var job = BookJob.Of(book, market);
        SimulationResult? simulated = job.Simulation is { } simulation
            ? PricingSimulation.Run(session, simulation, job.CholeskyFactor, job.Market.Rate, settings)
            : null;
        return Valued(book, job, simulated, session.Name);
    }

    /// <summary>
    /// Sums paths [<paramref name="pathStart"/>, <paramref name="pathEnd"/>) of the run of
    /// <see cref="MonteCarloSettings.Paths"/> paths that <see cref="Price(Book, MarketSnapshot, DeviceSession)"/>
    /// simulates (a shard's share); <see cref="Finish"/> values the book from the states of every range, merged.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The range is not a block-aligned range of the run's paths.</exception>
    public PricingState Simulate(Book book, MarketSnapshot market, DeviceSession session, long pathStart, long pathEnd)
    {
        var job = BookJob.Of(book, market);
        return job.Simulation is { } simulation
            ? PricingSimulation.Simulate(session, simulation, job.CholeskyFactor, job.Market.Rate, settings, pathStart, pathEnd)
            : PricingState.Empty(settings.Paths, pathStart, 0, 0);
    }

    /// <summary>
    /// The valuation of <paramref name="book"/> from the merged states of every range of the run (see
    /// <see cref="Simulate"/>): bit-for-bit what <see cref="Price(Book, MarketSnapshot, DeviceSession)"/> gives.
    /// </summary>
    /// <param name="device">The device named in the valuation.</param>
    /// <exception cref="ArgumentException">The state is not of this run of this book, or does not hold every path.</exception>
    public BookValuation Finish(Book book, MarketSnapshot market, PricingState state, string device)
    {
        if (state.Paths != settings.Paths)
        {
            throw new ArgumentException($"the state is of a {state.Paths}-path run, not of {settings.Paths} paths", nameof(state));
        }
        var job = BookJob.Of(book, market);
        SimulationResult? simulated = job.Simulation is { } simulation ? PricingSimulation.Finish(simulation, state, device) : null;
        return Valued(book, job, simulated, device);
    }

    /// <summary>The book's positions and total from the simulation's estimates (options) and closed forms (the rest).</summary>
    private BookValuation Valued(Book book, BookJob job, SimulationResult? simulated, string device)
    {
        MarketSnapshot market = job.Market;
        var positions = new List<PositionValuation>(book.Positions.Count);
        Valuation total = Valuation.Zero;
        for (int i = 0; i < book.Positions.Count; i++)
        {
            Position p = book.Positions[i];
            Valuation v;
            GreekStdErrs? errors = null;
            if (p.IsOption)
            {
                OptionEstimate e = simulated!.Options[job.OptionOf[i]];
                v = new Valuation(e.Value, e.StdErr, e.Delta, e.Gamma, e.Vega, e.Theta).Scale(p.QuantityCoins);
                errors = e.GreekErrors.Scale(p.QuantityCoins);
            }
            else
            {
                double expiry = p.Expiry is { } x ? market.YearsTo(x) : 0;
                v = LinearPositions.Value(p, market.Underlying(p.Underlying), market.Rate, expiry);
            }
            positions.Add(new PositionValuation(p.Id, p.Underlying, v, errors));
            total += v;
        }
        // The book's stderr is the per-path book values' (positions share paths, so errors correlate).
        total = total with { StdErr = simulated?.Parts[0].StdErr ?? 0 };
        return new BookValuation("mc", device, settings.Paths, positions, total,
            simulated?.GreekErrors(job.Holdings.Select(h => (h.Option, h.Quantity))));
    }

    /// <summary>
    /// The simulation a book needs, in today's market: one slot per underlying with options (in order of first
    /// appearance), one job option per option position and one part, the book; no simulation without options.
    /// </summary>
    /// <param name="CholeskyFactor">Lower Cholesky factor of the market's spot correlation.</param>
    /// <param name="OptionOf">Per book position: its job option (options only).</param>
    /// <param name="Holdings">The book part's terms.</param>
    private sealed record BookJob(MarketSnapshot Market, SimulationJob? Simulation, double[][] CholeskyFactor, int[] OptionOf,
        IReadOnlyList<BookTerm> Holdings)
    {
        public static BookJob Of(Book book, MarketSnapshot market)
        {
            market = market.Today();
            var slots = new List<PricingSlot>();
            var slotOf = new Dictionary<int, int>();
            var options = new List<OptionJob>();
            var optionOf = new int[book.Positions.Count];
            var holdings = new List<BookTerm>();
            for (int i = 0; i < book.Positions.Count; i++)
            {
                Position p = book.Positions[i];
                if (!p.IsOption) continue;
                int u = market.IndexOf(p.Underlying);
                if (!slotOf.TryGetValue(u, out int slot))
                {
                    slot = slots.Count;
                    slotOf[u] = slot;
                    slots.Add(new PricingSlot(u, DynamicsBuilder.Pricing(market, u, 0)));
                }
                optionOf[i] = options.Count;
                holdings.Add(new BookTerm(options.Count, p.QuantityCoins));
                options.Add(new OptionJob(slot, p.Kind == PositionKind.Put, p.Strike, market.YearsTo(p.Expiry!.Value),
                    market.Underlyings[u].Spot));
            }
            SimulationJob? simulation = options.Count > 0 ? new SimulationJob(slots, options, [holdings]) : null;
            return new BookJob(market, simulation, Cholesky.Factor(market.Correlation), optionOf, holdings);
        }
    }
}
