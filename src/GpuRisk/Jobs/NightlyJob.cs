using System.Diagnostics;
using GpuRisk.Config;
using GpuRisk.Devices;
using GpuRisk.IO;
using GpuRisk.MonteCarlo;
using GpuRisk.Pricing;
using GpuRisk.Pricing.Analytic;
using GpuRisk.Stress;

namespace GpuRisk.Jobs;

/// <summary>
/// The nightly batch: read the inputs named by the config, run every stage (analytic valuation, Monte
/// Carlo valuation, stressed risk matrix), and write one output folder. Each stage's files are written as
/// soon as it finishes (atomically), and <c>summary.json</c> is rewritten after every stage, so a crash
/// or Ctrl-C loses no finished result.
/// </summary>
public sealed class NightlyJob(RunConfig config, IJobLog log)
{
    private readonly List<StageTiming> _timings = [];
    private readonly List<BookValuation> _valuations = [];
    private readonly List<(string Role, InputFile File)> _inputs = [];
    private StressResult? _stress;
    private string _device = "none";

    /// <summary>Runs every stage; returns the final summary.</summary>
    public async Task<RunSummary> ExecuteAsync(CancellationToken cancel)
    {
        string outDir = config.OutputFolder;
        Directory.CreateDirectory(outDir);

        BookAndMarket inputs = Timed("inputs", () =>
        {
            (InputFile book, InputFile market) = config.OpenInputs();
            var loaded = BookAndMarket.Load(book, market);
            _inputs.Add(("config", config.SourceFile));
            _inputs.Add(("book", loaded.Files[0]));
            _inputs.Add(("market", loaded.Files[1]));
            log.Info($"book {loaded.Files[0].DisplayName}: {loaded.Book.Positions.Count} positions; market {loaded.Files[1].DisplayName}");
            return loaded;
        });
        WriteSummary();
        cancel.ThrowIfCancellationRequested();

        BookValuation analytic = Timed("analytic", () => new AnalyticBookPricer().Price(inputs.Book, inputs.Market));
        _valuations.Add(analytic);
        log.Info($"analytic book value {analytic.Total.Value:N2} USD");
        await FinishValuationStage();
        cancel.ThrowIfCancellationRequested();

        using DeviceSession device = DeviceSelector.Open(config.MonteCarlo.Device);
        if (device.Warning is { } warning) log.Warn(warning);
        _device = device.Name;

        BookValuation mc = Timed("mc", () =>
            new MonteCarloBookPricer(config.MonteCarlo, log.Warn).Price(inputs.Book, inputs.Market, device));
        _valuations.Add(mc);
        log.Info($"Monte Carlo book value {mc.Total.Value:N2} ± {mc.Total.StdErr:N2} USD (1 s.e., {mc.Paths:N0} paths)");
        await FinishValuationStage();
        cancel.ThrowIfCancellationRequested();

        _stress = Timed("stress", () => new StressEngine(device.Accelerator).Run(inputs.Book, inputs.Market, config.StressGrid));
        await StressOutputs.WriteAllAsync(_stress, outDir);
        StressCell w = _stress.Worst;
        log.Info($"worst stress cell: {w.Underlying} spot {w.SpotShock:+0.##%;-0.##%} vol {w.VolShock:+0.##;-0.##;0}: {w.Total.ValueChange:N0} USD");
        RunSummary summary = WriteSummary();
        // An interruption during the last stage still counts: the caller reports it (exit 130), every file kept.
        cancel.ThrowIfCancellationRequested();
        return summary;
    }

    private async Task FinishValuationStage()
    {
        await Output.PositionsTable.WriteAsync(Path.Combine(config.OutputFolder, "positions.parquet"), _valuations);
        WriteSummary();
    }

    private T Timed<T>(string stage, Func<T> work)
    {
        log.Stage(stage);
        var clock = Stopwatch.StartNew();
        T result = work();
        _timings.Add(new StageTiming(stage, clock.Elapsed.TotalSeconds));
        return result;
    }

    private RunSummary WriteSummary()
    {
        var summary = new RunSummary(config, _device, _inputs.ToArray(), _timings.ToArray(), _valuations.ToArray(), _stress);
        summary.Write(Path.Combine(config.OutputFolder, "summary.json"));
        return summary;
    }
}
