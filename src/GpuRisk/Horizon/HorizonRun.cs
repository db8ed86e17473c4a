using System.Numerics;
using GpuRisk.Books;
using GpuRisk.Devices;
using GpuRisk.Kernels.Models;
using GpuRisk.Kernels.Numerics;
using GpuRisk.Kernels.Paths;
using GpuRisk.Kernels.Revaluation;
using GpuRisk.Markets;
using GpuRisk.Models;
using GpuRisk.MonteCarlo;
using GpuRisk.Revaluation;
using ILGPU;
using ILGPU.Runtime;

namespace GpuRisk.Horizon;

/// <summary>
/// The horizon engine, shared by <c>var</c>, <c>backtest</c> and <c>optimize</c>: paths under the real-world
/// measure with the regime chain (<see cref="PathWalker"/>), the whole book revalued at each path's own state at
/// every observation (<see cref="BookRecorder{T, TMath}"/>), expiries paid as they fall. Prepared once (plan,
/// correction tables, kernels, buffers), then walked chunk by chunk into a reused <see cref="HorizonSeries"/>.
/// </summary>
/// <remarks>
/// Observation 0 is time 0 (today's state, the same on every path); observations 1.. are the requested
/// instants. Slots are the book's underlyings (plus any extra ones a stage asks for), in market order; each uses
/// its market underlying's random stream, so a path's numbers depend only on (seed, path), never on the book,
/// the chunking or the shard.
/// </remarks>
public sealed class HorizonRun : IDisposable
{
    private readonly IWalker _walker;

    /// <summary>Prepares the engine for observations at <paramref name="observationYears"/> (ascending, &gt; 0).</summary>
    /// <param name="extraUnderlyings">Market indices to simulate besides the book's (e.g. a CPPI account's).</param>
    public HorizonRun(DeviceSession session, Book book, MarketSnapshot market, IReadOnlyList<double> observationYears,
        HorizonSettings settings, IReadOnlyList<int>? extraUnderlyings = null)
    {
        settings.Validate();
        if (observationYears.Count == 0 || observationYears[0] <= 0 || observationYears.Zip(observationYears.Skip(1)).Any(p => p.Second <= p.First))
        {
            throw new ArgumentException("observation times must be positive and increasing", nameof(observationYears));
        }
        Settings = settings;
        SlotUnderlyings = SlotsOf(book, market, extraUnderlyings);
        Book = new RevaluationBook(book, market, SlotUnderlyings);
        ObservationYears = [0.0, .. observationYears];
        double last = observationYears[^1];
        Grid = TimeGrid.Build(observationYears.Concat(Book.GroupYears.Where(y => y <= last)), settings.StepsPerDay);
        Steps = Grid.PointAt(last);
        var observationOfStep = new int[Grid.Steps];
        Array.Fill(observationOfStep, -1);
        for (int k = 1; k < ObservationYears.Length; k++) observationOfStep[Grid.StepEndingAt(ObservationYears[k])] = k;
        RevaluationGroup[] groups = Book.DeviceGroups(Grid, Steps);
        bool[] observed = [.. observationOfStep.Select((o, step) => o >= 0 || groups.Any(g => g.ExpiryStep == step))];

        int regimes = market.Regimes.Count;
        IReadOnlyList<UnderlyingDynamics>[] pricing = [.. SlotUnderlyings.Select(u =>
            (IReadOnlyList<UnderlyingDynamics>)[.. Enumerable.Range(0, regimes).Select(r => DynamicsBuilder.Pricing(market, u, r))])];
        double maxVariance = 6.0 * pricing.SelectMany(m => m).Max(d => Math.Max(d.V0, d.Theta));
        Tables = CorrectionTableBuilder.Build(session, pricing, Book.YearsAsked(ObservationYears), maxVariance,
            settings.Tables ?? CorrectionTableSettings.Default);

        double[][] cholesky = Cholesky.Factor(market.Correlation);
        WalkSlot[] slots = [.. SlotUnderlyings.Select(u => new WalkSlot(u,
            [.. Enumerable.Range(0, regimes).Select(r => DynamicsBuilder.RealWorld(market, u, r))], Steps - 1))];
        Plan = new WalkPlan(Grid, Steps, slots, cholesky.Take(SlotUnderlyings[^1] + 1).ToArray(), market.Regimes.TransitionPerDay,
            market.Regimes.Initial, [CoefficientVariantSpec.Base], 1, observed, ObserveStart: true);
        int capacity = (int)Math.Min(settings.ChunkPaths, settings.End - settings.PathStart);
        Series = new HorizonSeries(session.Accelerator, ObservationYears.Length, slots.Length, capacity);
        _walker = settings.Precision == Precision.Double
            ? new Walker<double, DoubleMath>(session, this, groups, observationOfStep, market.Rate)
            : new Walker<float, FloatMath>(session, this, groups, observationOfStep, market.Rate);
    }

    /// <summary>The market indices a run simulates: the book's underlyings and <paramref name="extra"/>, in market order.</summary>
    public static int[] SlotsOf(Book book, MarketSnapshot market, IReadOnlyList<int>? extra = null) =>
        [.. book.Positions.Select(p => market.IndexOf(p.Underlying)).Concat(extra ?? []).Distinct().Order()];

    /// <summary>How it simulates.</summary>
    public HorizonSettings Settings { get; }

    /// <summary>Market index per slot.</summary>
    public IReadOnlyList<int> SlotUnderlyings { get; }

    /// <summary>The book as the device revalues it.</summary>
    public RevaluationBook Book { get; }

    /// <summary>Observation times, years; 0 first.</summary>
    public double[] ObservationYears { get; }

    /// <summary>The time grid (observations and expiries are points of it).</summary>
    public TimeGrid Grid { get; }

    /// <summary>Steps walked (to the last observation).</summary>
    public int Steps { get; }

    /// <summary>The correction tables of the revaluation.</summary>
    public CorrectionTableSet Tables { get; }

    /// <summary>The walk.</summary>
    public WalkPlan Plan { get; }

    /// <summary>The chunk series every walk writes into.</summary>
    public HorizonSeries Series { get; }

    /// <summary>
    /// Walks the run's paths chunk by chunk (<see cref="HorizonSettings.ChunkPaths"/> at a time, in path order);
    /// after each chunk <paramref name="consume"/> reads <see cref="Series"/>.
    /// </summary>
    public void Run(Action<HorizonSeries> consume, CancellationToken cancel = default)
    {
        for (long start = Settings.PathStart; start < Settings.End; start += Series.Capacity)
        {
            cancel.ThrowIfCancellationRequested();
            int count = (int)Math.Min(Series.Capacity, Settings.End - start);
            _walker.Walk(start, count);
            Series.PathStart = start;
            Series.Count = count;
            consume(Series);
        }
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        _walker.Dispose();
        Series.Dispose();
    }

    /// <summary>
    /// The device revaluation of the alive positions at given states (<see cref="RevaluationProbe"/>): what the
    /// paths' series hold, less settled cash, for measuring its error against the analytic engine.
    /// </summary>
    public SlotFigures[] Probe(ProbeState[] states) => _walker.Probe(states);

    private interface IWalker : IDisposable
    {
        void Walk(long start, int count);

        SlotFigures[] Probe(ProbeState[] states);
    }

    /// <summary>The device side of the run in number type <typeparamref name="T"/>.</summary>
    private sealed class Walker<T, TMath> : IWalker where T : unmanaged, INumber<T> where TMath : struct, IRealMath<T>
    {
        private readonly DeviceSession _session;
        private readonly WalkBuffers<T> _walk;
        private readonly List<IDisposable> _buffers = [];
        private readonly BookRecorder<T, TMath> _recorder;
        private readonly RevaluationInputs<T> _book;

        public Walker(DeviceSession session, HorizonRun run, RevaluationGroup[] groups, int[] observationOfStep, double rate)
        {
            _session = session;
            Accelerator a = session.Accelerator;
            HorizonSeries series = run.Series;
            int threads = Math.Max(1, Math.Min(series.Capacity, PathWalk.LaunchThreadsFor(a)));
            _walk = new WalkBuffers<T>(a, run.Plan, threads, run.Settings.Seed);
            _book = new RevaluationInputs<T>
            {
                Positions = Upload(a, run.Book.DevicePositions<T>()),
                Groups = Upload(a, groups),
                SlotGroupStart = Upload(a, run.Book.SlotGroupStart),
                Markets = Upload(a, run.Book.DeviceMarkets<T>()),
                AtObservation = Upload(a, run.Book.Terms<T>(run.ObservationYears, run.Tables)),
                Layouts = Upload(a, run.Tables.Layouts),
                Tables = Upload(a, run.Tables.Data.Select(T.CreateChecked).ToArray()),
                GroupCount = groups.Length,
                Regimes = run.Plan.RegimeCount,
            };
            _recorder = new BookRecorder<T, TMath>
            {
                Book = _book,
                ObservationOfStep = Upload(a, observationOfStep),
                CashGrowth = Upload(a, run.ObservationYears.Select(t => Math.Exp(rate * t)).ToArray()),
                Cash = Upload(a, new double[Math.Max(1, run.SlotUnderlyings.Count * threads)]),
                Series = series.Views,
                StartObservation = 0,
                Threads = threads,
            };
        }

        public void Walk(long start, int count)
        {
            BookRecorder<T, TMath> recorder = _recorder;
            recorder.PathStart = start;
            PathWalk.Run<T, TMath, BookRecorder<T, TMath>>(_session, _walk.Chunk(start, start + count), recorder);
        }

        public SlotFigures[] Probe(ProbeState[] states)
        {
            if (states.Length == 0) return [];
            Accelerator a = _session.Accelerator;
            var kernel = _session.Kernels.Get(nameof(RevaluationProbe), accelerator =>
                accelerator.LoadAutoGroupedStreamKernel<Index1D, RevaluationInputs<T>, ArrayView<ProbeState>, ArrayView<SlotFigures>>(
                    RevaluationProbe.Kernel<T, TMath>));
            using var input = a.Allocate1D(states);
            using var output = a.Allocate1D<SlotFigures>(states.Length);
            kernel(states.Length, _book, input.View, output.View);
            a.Synchronize();
            return output.GetAsArray1D();
        }

        public void Dispose()
        {
            _walk.Dispose();
            foreach (IDisposable b in _buffers) b.Dispose();
        }

        private ArrayView<TItem> Upload<TItem>(Accelerator accelerator, TItem[] items) where TItem : unmanaged
        {
            var buffer = accelerator.Allocate1D(items.Length == 0 ? new TItem[1] : items);
            _buffers.Add(buffer);
            return buffer.View;
        }
    }
}
