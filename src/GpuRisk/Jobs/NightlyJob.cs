using System.Diagnostics;
using GpuRisk.Books;
using GpuRisk.Config;
using GpuRisk.Devices;
using GpuRisk.Hedging;
using GpuRisk.Horizon;
using GpuRisk.IO;
using GpuRisk.MonteCarlo;
using GpuRisk.Optimization;
using GpuRisk.Pricing;
using GpuRisk.Pricing.Analytic;
using GpuRisk.Reporting;
using GpuRisk.Risk;
using GpuRisk.Sharding;
using GpuRisk.Stress;

namespace GpuRisk.Jobs;

/// <summary>
/// The nightly batch: read the inputs named by the config, run every configured stage (analytic valuation, Monte
/// Carlo valuation, stressed risk matrix, VaR, backtest, optimizer), and write one output folder with a
/// <c>report.html</c>. Each stage's files are written as soon as it finishes (atomically), and <c>summary.json</c>
/// and the report are rewritten after every stage, so a crash or Ctrl-C loses no finished result.
/// </summary>
/// <remarks>
/// Three modes share every stage's code. A whole run simulates every path. A shard (i of N) simulates its block of
/// paths for the path stages (the Monte Carlo valuation, var, backtest, the optimizer's estimation) and writes their
/// partial states, copies of its inputs and, last, its manifest; it runs no deterministic stage. A merge reads N
/// shards' states, merges them exactly, and finishes like a whole run: the Monte Carlo valuation from the merged sums
/// (no path is simulated again), and the deterministic stages (analytic valuation, stress), the optimizer's dynamic
/// program and its out-of-sample proof run there.
/// </remarks>
public sealed class NightlyJob
{
    private readonly RunConfig _config;
    private readonly IJobLog _log;
    private readonly ShardSpec _shard;
    private readonly ShardSet? _merge;
    private readonly RunSummary.Builder _summary;

    /// <summary>A whole run (<paramref name="shard"/> 0/1), a shard of one, or, with <paramref name="merge"/>, the merge of shards.</summary>
    public NightlyJob(RunConfig config, IJobLog log, ShardSpec shard = default, ShardSet? merge = null)
    {
        _config = config;
        _log = log;
        _shard = shard.Count == 0 ? ShardSpec.Single : shard;
        _merge = merge;
        _summary = new RunSummary.Builder(config, _shard, merge?.Folders.Count ?? 0);
    }

    /// <summary>The Monte Carlo valuation's file in a run folder, as <c>price --method mc --out</c> writes it.</summary>
    public const string PriceJson = "price.json";

    /// <summary>A shard's Monte Carlo sums.</summary>
    private const string MonteCarloState = "mc.state";

    private bool IsShard => !_shard.IsWholeRun;

    private string Out => _config.OutputFolder;

    /// <summary>Runs every configured stage; returns the final summary.</summary>
    public async Task<RunSummary> ExecuteAsync(CancellationToken cancel)
    {
        Directory.CreateDirectory(Out);
        // A shard folder with a manifest is a finished shard: one from an earlier run must not vouch for this one's files.
        if (IsShard) File.Delete(Path.Combine(Out, ShardManifest.FileName));
        BookAndMarket inputs = Timed("inputs", LoadInputs);
        Finish();
        cancel.ThrowIfCancellationRequested();

        if (!IsShard && _config.Runs("analytic"))
        {
            BookValuation analytic = Timed("analytic", () => new AnalyticBookPricer().Price(inputs.Book, inputs.Market));
            _summary.Valuations.Add(analytic);
            _log.Info($"analytic book value {analytic.Total.Value:N2} USD");
            await Output.PositionsTable.WriteAsync(Path.Combine(Out, "positions.parquet"), _summary.Valuations);
            Finish();
            cancel.ThrowIfCancellationRequested();
        }

        using DeviceSession device = DeviceSelector.Open(_config.MonteCarlo.Device);
        if (device.Warning is { } warning) _log.Warn(warning);
        device.Warned += _log.Warn;
        _summary.Device = device.Name;

        if (_config.Runs("mc")) await MonteCarloStageAsync(device, inputs, cancel);

        if (!IsShard && _config.Runs("stress"))
        {
            StressResult stress = Timed("stress", () => new StressEngine(device.AcceleratorFor("stress")).Run(inputs.Book, inputs.Market, _config.StressGrid));
            await StressOutputs.WriteAllAsync(stress, Out);
            _summary.Stress = stress;
            _log.Info($"worst stress cell: {RiskMatrixText.Describe(stress.Worst)}");
            Finish();
            cancel.ThrowIfCancellationRequested();
        }

        if (_config.Runs("var")) await VarStageAsync(device, inputs, cancel);
        if (_config.Runs("backtest")) await BacktestStageAsync(device, inputs, cancel);
        if (_config.Runs("optimize")) await OptimizeStageAsync(device, inputs, cancel);

        if (IsShard)
        {
            // Written last: a shard folder with a manifest is a finished shard.
            new ShardManifest(RunSummary.Version, _shard.Index, _shard.Count, _config.Seed,
                [.. _summary.Inputs.Select(i => (i.Role, Path.GetFileName(i.File.DisplayName), i.File.Sha256))],
                [.. RunConfig.AllStages.Where(s => _config.Runs(s) && s is "mc" or "var" or "backtest" or "optimize")]).Write(Out);
        }
        RunSummary summary = Finish();
        // An interruption during the last stage still counts: the caller reports it (exit 130), every file kept.
        cancel.ThrowIfCancellationRequested();
        return summary;
    }

    private BookAndMarket LoadInputs()
    {
        InputFile configFile, bookFile, marketFile;
        if (_merge is not null)
        {
            (configFile, bookFile, marketFile) = _merge.Inputs();
        }
        else
        {
            configFile = _config.SourceFile;
            (bookFile, marketFile) = _config.OpenInputs();
        }
        var loaded = BookAndMarket.Load(bookFile, marketFile);
        _summary.Inputs.AddRange([("config", configFile), ("book", loaded.Files[0]), ("market", loaded.Files[1])]);
        if (IsShard)
        {
            string copies = Path.Combine(Out, ShardManifest.InputsFolder);
            foreach (var (_, file) in _summary.Inputs) Output.AtomicFile.Write(Path.Combine(copies, Path.GetFileName(file.DisplayName)), s => s.Write(file.Bytes));
        }
        _log.Info($"book {loaded.Files[0].DisplayName}: {loaded.Book.Positions.Count} positions; market {loaded.Files[1].DisplayName}"
                  + (IsShard ? $"; shard {_shard}" : _merge is not null ? $"; merging {_merge.Folders.Count} shards" : ""));
        return loaded;
    }

    /// <summary>This process's share of a stage's paths (the whole range unless it is a shard).</summary>
    private HorizonSettings Simulation(string stage, ulong seed)
    {
        long paths = _config.PathsOf(stage);
        var (start, end) = _shard.Range(paths);
        return new HorizonSettings(paths, seed, _config.StepsPerDay, _config.MonteCarlo.Precision, start, end);
    }

    /// <summary>True when this shard's share of a stage is no path at all (fewer blocks of paths than shards).</summary>
    private static bool IsEmpty(HorizonSettings simulation) => simulation.PathStart >= simulation.End;

    /// <summary>
    /// The Monte Carlo valuation: a shard sums its range of paths into <c>mc.state</c>; a whole run prices every path, and
    /// a merge values the book from the shards' merged sums, bit for bit the whole run's; both write <c>price.json</c>
    /// (as <c>price --method mc --out</c> does) and the positions table.
    /// </summary>
    private async Task MonteCarloStageAsync(DeviceSession device, BookAndMarket inputs, CancellationToken cancel)
    {
        long paths = _config.PathsOf("mc");
        var pricer = new MonteCarloBookPricer(_config.MonteCarlo with { Paths = paths }, _log.Warn);
        if (IsShard)
        {
            var (start, end) = _shard.Range(paths);
            PricingState partial = Timed("mc", () => pricer.Simulate(inputs.Book, inputs.Market, device, start, end));
            StateFile.Write(Path.Combine(Out, MonteCarloState), partial);
            Finish();
            cancel.ThrowIfCancellationRequested();
            return;
        }
        BookValuation valuation = Timed("mc", () => _merge is null
            ? pricer.Price(inputs.Book, inputs.Market, device)
            : pricer.Finish(inputs.Book, inputs.Market,
                _merge.Folders.Select(f => StateFile.ReadMonteCarlo(Path.Combine(f, MonteCarloState))).Aggregate(PricingState.Merge), device.Name));
        _summary.Valuations.Add(valuation);
        _log.Info($"Monte Carlo book value {valuation.Total.Value:N2} ± {valuation.Total.StdErr:N2} USD (1 s.e., {valuation.Paths:N0} paths)");
        Output.ValuationJson.Write(Path.Combine(Out, PriceJson), valuation);
        await Output.PositionsTable.WriteAsync(Path.Combine(Out, "positions.parquet"), _summary.Valuations);
        Finish();
        cancel.ThrowIfCancellationRequested();
    }

    private async Task VarStageAsync(DeviceSession device, BookAndMarket inputs, CancellationToken cancel)
    {
        var settings = new VarSettings(_config.Horizons, _config.Levels, Simulation("var", _config.Seed));
        VarState state = Timed("var", () => _merge is null
            ? (IsEmpty(settings.Simulation) ? NewVarState(settings, inputs) : VarStage.Run(device, inputs.Book, inputs.Market, settings, cancel))
            : Merged(() => NewVarState(settings, inputs), "var.state", StateFile.Read, (a, b) => a.Merge(b)));
        if (IsShard)
        {
            StateFile.Write(Path.Combine(Out, "var.state"), state);
        }
        else
        {
            IReadOnlyList<HorizonRisk> result = state.Finish();
            await VarOutputs.WriteAllAsync(Out, state, result, device.Kind);
            _summary.Var = result;
            foreach (HorizonRisk h in result)
            {
                LevelEstimate l = h.Levels[0];
                _log.Info($"{h.Horizon} VaR {l.Level:0.###}: {l.Var:N0} USD [{l.VarLow:N0}, {l.VarHigh:N0}], ES {l.Es:N0} USD [{l.EsLow:N0}, {l.EsHigh:N0}]");
            }
        }
        Finish();
        cancel.ThrowIfCancellationRequested();
    }

    private static VarState NewVarState(VarSettings settings, BookAndMarket inputs)
    {
        string[] names = [.. HorizonRun.SlotsOf(inputs.Book, inputs.Market).Select(u => inputs.Market.Underlyings[u].Name)];
        return new VarState(settings, names, inputs.Market.Regimes.Names, new AnalyticBookPricer().Price(inputs.Book, inputs.Market).Total.Value);
    }

    private BacktestSettings BacktestSettingsFor(IEnumerable<PolicySpec> policies, HorizonSettings simulation) =>
        new([.. policies], _config.BacktestHorizon, _config.Check, simulation, _config.GapLimit);

    private async Task BacktestStageAsync(DeviceSession device, BookAndMarket inputs, CancellationToken cancel)
    {
        BacktestSettings settings = BacktestSettingsFor(_config.Policies.Select(PolicyParser.Parse), Simulation("backtest", _config.Seed));
        BacktestState state = Timed("backtest", () => _merge is null
            ? (IsEmpty(settings.Simulation) ? BacktestStage.EmptyState(inputs.Book, inputs.Market, settings)
                : BacktestStage.Run(device, inputs.Book, inputs.Market, settings, cancel))
            : Merged(() => BacktestStage.EmptyState(inputs.Book, inputs.Market, settings), "backtest.state", StateFile.Read, (a, b) => a.Merge(b)));
        if (IsShard)
        {
            StateFile.Write(Path.Combine(Out, "backtest.state"), state);
        }
        else
        {
            IReadOnlyList<PolicyResult> result = state.Finish();
            await BacktestOutputs.WriteAllAsync(Out, state, result, device.Kind);
            _summary.Backtest = result;
            _log.Info($"backtest: {result.Count} policies over {_config.BacktestHorizon}, checks every {_config.Check}");
        }
        Finish();
        cancel.ThrowIfCancellationRequested();
    }

    private async Task OptimizeStageAsync(DeviceSession device, BookAndMarket inputs, CancellationToken cancel)
    {
        double[] frontier = _config.Frontier is { } text && FrontierSpec.TryParse(text, out double[] points) is null ? points : [];
        double chosen = _config.RiskAversion ?? (frontier.Length > 0 ? FrontierSpec.Middle(frontier) : OptimizeSettings.DefaultRiskAversion);
        var settings = new OptimizeSettings(frontier.Length > 0 ? frontier : [chosen], chosen, _config.BacktestHorizon, _config.Check,
            Simulation("optimize", _config.Seed), _config.PathsOf("proof"), _config.GapLimit);
        int[] slots = HorizonRun.SlotsOf(inputs.Book, inputs.Market);
        if (IsShard)
        {
            TransitionLawEstimator partial = Timed("optimize", () => IsEmpty(settings.Estimation)
                ? OptimizeStage.EmptyEstimator(inputs.Book, inputs.Market, settings)
                : OptimizeStage.Estimate(device, inputs.Book, inputs.Market, settings, out _, cancel));
            StateFile.Write(Path.Combine(Out, "optimize.state"), partial);
            Finish();
            cancel.ThrowIfCancellationRequested();
            return;
        }
        OptimizeResult result = Timed("optimize", () =>
        {
            TransitionLawEstimator estimator = _merge is null
                ? OptimizeStage.Estimate(device, inputs.Book, inputs.Market, settings, out _, cancel)
                : Merged(() => OptimizeStage.EmptyEstimator(inputs.Book, inputs.Market, settings), "optimize.state", StateFile.Read, (a, b) => a.Merge(b));
            return OptimizeStage.Finish(device, inputs.Book, inputs.Market, settings, estimator, slots, cancel);
        });
        // The proof is backtest.json, as optimize writes it, unless the backtest stage's own results are there too.
        await OptimizeOutputs.WriteAllAsync(Out, result, device.Kind, _config.Runs("backtest") ? OptimizeOutputs.RunProofStem : OptimizeOutputs.ProofStem);
        _summary.Optimize = result;
        _log.Info(result.Summary.NotDominated
            ? $"optimizer: bands at G = {OptimizeStage.RiskAversionText(chosen)} per USD not dominated by any baseline out of sample"
            : $"optimizer: bands dominated by {string.Join(", ", result.Summary.DominatedBy)}");
        Finish();
        cancel.ThrowIfCancellationRequested();
    }

    /// <summary>The shards' states of one stage merged into a fresh one.</summary>
    private TState Merged<TState>(Func<TState> fresh, string file, Action<string, TState> read, Action<TState, TState> merge)
    {
        TState total = fresh();
        foreach (string folder in _merge!.Folders)
        {
            TState part = fresh();
            read(Path.Combine(folder, file), part);
            merge(total, part);
        }
        return total;
    }

    private T Timed<T>(string stage, Func<T> work)
    {
        _log.Stage(stage);
        var clock = Stopwatch.StartNew();
        T result = work();
        _summary.Timings.Add(new StageTiming(stage, clock.Elapsed.TotalSeconds));
        return result;
    }

    /// <summary>Rewrites summary.json and, unless this is a shard, report.html.</summary>
    private RunSummary Finish()
    {
        RunSummary summary = _summary.Build();
        summary.Write(Path.Combine(Out, "summary.json"));
        if (!IsShard) ReportWriter.Write(Out);
        return summary;
    }
}
