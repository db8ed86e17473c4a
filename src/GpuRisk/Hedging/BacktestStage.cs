using GpuRisk.Books;
using GpuRisk.Devices;
using GpuRisk.Horizon;
using GpuRisk.IO;
using GpuRisk.Kernels.Hedging;
using GpuRisk.Kernels.Revaluation;
using GpuRisk.Markets;
using GpuRisk.Pricing;
using GpuRisk.Pricing.Analytic;
using ILGPU;
using ILGPU.Runtime;

namespace GpuRisk.Hedging;

/// <summary>
/// The <c>backtest</c> stage: the horizon engine records the book (value, delta, gamma, spot, variance, regime) at
/// every check of every path once, then each policy replays those series on the device with its own rule
/// (<see cref="DeltaHedgeKernel"/>, <see cref="AccountKernel"/>): every policy sees the same paths and the same failed
/// rebalances (common random numbers), so their differences are sharp.
/// </summary>
public static class BacktestStage
{
    /// <summary>Runs the stage over the settings' path range.</summary>
    /// <param name="inspect">Told every (policy index, global path, outcome), for inspection path by path; null in production.</param>
    /// <param name="thresholds">Thresholds held in memory (the optimizer's), by the name a thresholds policy gives; other names are read as files.</param>
    /// <exception cref="InputException">A policy names an unknown underlying, or a thresholds file is missing or malformed.</exception>
    public static BacktestState Run(DeviceSession session, Book book, MarketSnapshot market, BacktestSettings settings,
        CancellationToken cancel = default, Action<int, long, HedgeOutcome>? inspect = null,
        IReadOnlyDictionary<string, ThresholdsDocument>? thresholds = null)
    {
        settings.Validate();
        int[] accounts = AccountUnderlyings(settings, market);
        // Thresholds files are read before any simulation, so a bad file costs nothing.
        Dictionary<string, ThresholdsDocument> documents = settings.Policies.Where(p => p.Kind == PolicyKind.Thresholds)
            .Select(p => p.ThresholdsFile!).Distinct()
            .ToDictionary(f => f, f => thresholds?.GetValueOrDefault(f) ?? ThresholdsDocument.Read(InputFile.FromPath(f)));
        double[] checkYears = settings.CheckYears();
        using var run = new HorizonRun(session, book, market, checkYears, settings.Simulation, accounts);
        BookValuation today = new AnalyticBookPricer().Price(book, market);
        double[] grossDelta = [.. run.SlotUnderlyings.Select(u => today.Positions
            .Where(p => p.Underlying == market.Underlyings[u].Name).Sum(p => Math.Abs(p.Figures.Delta)))];
        double gapLimit = settings.GapLimitUsd ?? DefaultGapLimit(book, today);
        var state = new BacktestState(settings, gapLimit, Underlyings(book, market, settings));
        var context = new PolicyContext(market, run.SlotUnderlyings, grossDelta, documents);
        var policies = new List<HedgePolicy>();
        var limits = new List<TradeLimits>();
        try
        {
            foreach (PolicySpec spec in settings.Policies)
            {
                policies.Add(PolicyFactory.Create(session.Accelerator, spec, context));
                limits.Add(TradeLimits.Create(session.Accelerator, spec, context));
            }
            using var buffers = new HedgeBuffers(session.Accelerator, run, market, checkYears);
            run.Run(series =>
            {
                BookSeries view = series.Views;
                for (int p = 0; p < policies.Count; p++)
                {
                    cancel.ThrowIfCancellationRequested();
                    HedgeInputs inputs = buffers.Inputs(series, settings.Simulation.Seed, limits[p]);
                    policies[p].Run(session, view, inputs, buffers.Outcomes.View);
                    session.Accelerator.Synchronize();
                    HedgeOutcome[] outcomes = buffers.Outcomes.GetAsArray1D();
                    for (int i = 0; i < series.Count; i++)
                    {
                        state.Policies[p].Add(series.PathStart + i, outcomes[i], gapLimit);
                        inspect?.Invoke(p, series.PathStart + i, outcomes[i]);
                    }
                }
            }, cancel);
        }
        finally
        {
            foreach (HedgePolicy p in policies) p.Dispose();
            foreach (TradeLimits l in limits) l.Dispose();
        }
        return state;
    }

    /// <summary>An empty state for <paramref name="settings"/>, shaped as a run would make it (what a merge fills from shards).</summary>
    public static BacktestState EmptyState(Book book, MarketSnapshot market, BacktestSettings settings) =>
        new(settings, settings.GapLimitUsd ?? DefaultGapLimit(book, new AnalyticBookPricer().Price(book, market)), Underlyings(book, market, settings));

    /// <summary>The names of the underlyings a backtest simulates: the book's and its accounts', in market order.</summary>
    public static IReadOnlyList<string> Underlyings(Book book, MarketSnapshot market, BacktestSettings settings) =>
        [.. HorizonRun.SlotsOf(book, market, AccountUnderlyings(settings, market)).Select(u => market.Underlyings[u].Name)];

    private static int[] AccountUnderlyings(BacktestSettings settings, MarketSnapshot market) =>
        [.. settings.Policies.Where(p => p.IsAccount).Select(p => PolicyFactory.AccountUnderlying(p, market))];

    /// <summary>1% of the book's gross option value today (sum of |option value|), or of its gross notional when it holds no options.</summary>
    private static double DefaultGapLimit(Book book, BookValuation today)
    {
        double options = 0, linear = 0;
        for (int i = 0; i < book.Positions.Count; i++)
        {
            double v = Math.Abs(today.Positions[i].Figures.Value);
            if (book.Positions[i].IsOption) options += v;
            else linear += v;
        }
        return 0.01 * (options > 0 ? options : linear);
    }

    /// <summary>The device buffers every policy of a run shares: costs, depths, check times, per-path scratch and outcomes.</summary>
    private sealed class HedgeBuffers : IDisposable
    {
        private readonly MemoryBuffer1D<RegimeCosts, Stride1D.Dense> _costs;
        private readonly MemoryBuffer1D<double, Stride1D.Dense> _depth;
        private readonly MemoryBuffer1D<double, Stride1D.Dense> _checkYears;
        private readonly MemoryBuffer1D<double, Stride1D.Dense> _hedge;
        private readonly MemoryBuffer1D<double, Stride1D.Dense> _lastTrade;
        private readonly MemoryBuffer1D<int, Stride1D.Dense> _pending;
        private readonly MemoryBuffer1D<double, Stride1D.Dense> _pendingLanding;
        private readonly double _rate;

        public HedgeBuffers(Accelerator accelerator, HorizonRun run, MarketSnapshot market, double[] checkYears)
        {
            _rate = market.Rate;
            _costs = accelerator.Allocate1D(Enumerable.Range(0, market.Regimes.Count).Select(r => market.CostsIn(r))
                .Select(c => new RegimeCosts(c.FeeBps, c.Impact, c.GasUsd, c.FailProbability)).ToArray());
            _depth = accelerator.Allocate1D(run.SlotUnderlyings.Select(u => market.Underlyings[u].DepthCoins).ToArray());
            _checkYears = accelerator.Allocate1D(run.ObservationYears);
            long scratch = (long)run.SlotUnderlyings.Count * run.Series.Capacity;
            _hedge = accelerator.Allocate1D<double>(scratch);
            _lastTrade = accelerator.Allocate1D<double>(scratch);
            _pending = accelerator.Allocate1D<int>(scratch);
            _pendingLanding = accelerator.Allocate1D<double>(scratch);
            Outcomes = accelerator.Allocate1D<HedgeOutcome>(run.Series.Capacity);
        }

        public MemoryBuffer1D<HedgeOutcome, Stride1D.Dense> Outcomes { get; }

        public HedgeInputs Inputs(HorizonSeries s, ulong seed, TradeLimits limits) => new()
        {
            Costs = _costs.View,
            DepthCoins = _depth.View,
            CheckYears = _checkYears.View,
            Hedge = _hedge.View,
            LastTrade = _lastTrade.View,
            Pending = _pending.View,
            PendingLanding = _pendingLanding.View,
            Rate = _rate,
            Seed = seed,
            PathStart = s.PathStart,
            Count = s.Count,
            CooldownYears = limits.CooldownYears,
            MinTrade = limits.MinTrade,
            LimitBuckets = limits.Buckets,
        };

        public void Dispose()
        {
            _costs.Dispose();
            _depth.Dispose();
            _checkYears.Dispose();
            _hedge.Dispose();
            _lastTrade.Dispose();
            _pending.Dispose();
            _pendingLanding.Dispose();
            Outcomes.Dispose();
        }
    }
}
