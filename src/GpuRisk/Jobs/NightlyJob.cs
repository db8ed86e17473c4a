using System.Diagnostics;
using GpuRisk.Config;
using GpuRisk.IO;
using GpuRisk.Pricing;
using GpuRisk.Pricing.Analytic;

namespace GpuRisk.Jobs;

/// <summary>
/// The nightly batch: read the inputs named by the config, run every stage, and write one output folder.
/// Each stage's files are written as soon as it finishes (atomically), and <c>summary.json</c> is
/// rewritten after every stage, so a crash or Ctrl-C loses no finished result.
/// </summary>
public sealed class NightlyJob(RunConfig config, IJobLog log)
{
    private readonly List<StageTiming> _timings = [];
    private readonly List<BookValuation> _valuations = [];
    private readonly List<(string Role, InputFile File)> _inputs = [];

    /// <summary>Runs every stage; returns the final summary.</summary>
    public async Task<RunSummary> ExecuteAsync(CancellationToken cancel)
    {
        string outDir = config.OutputFolder;
        Directory.CreateDirectory(outDir);

        BookAndMarket inputs = Timed("inputs", () =>
        {
            InputFile source = config.Source ?? InputFile.Embedded("nightly.json");
            var loaded = BookAndMarket.Load(source.Resolve(config.BookFile), source.Resolve(config.MarketFile));
            _inputs.Add(("config", source));
            _inputs.Add(("book", loaded.Files[0]));
            _inputs.Add(("market", loaded.Files[1]));
            log.Info($"book {loaded.Files[0].DisplayName}: {loaded.Book.Positions.Count} positions; market {loaded.Files[1].DisplayName}");
            return loaded;
        });
        WriteSummary("cpu");
        cancel.ThrowIfCancellationRequested();

        BookValuation analytic = Timed("analytic", () => new AnalyticBookPricer().Price(inputs.Book, inputs.Market));
        _valuations.Add(analytic);
        log.Info($"analytic book value {analytic.Total.Value:N2} USD");
        await Output.PositionsTable.WriteAsync(Path.Combine(outDir, "positions.parquet"), _valuations);
        return WriteSummary("cpu");
    }

    private T Timed<T>(string stage, Func<T> work)
    {
        log.Stage(stage);
        var clock = Stopwatch.StartNew();
        T result = work();
        _timings.Add(new StageTiming(stage, clock.Elapsed.TotalSeconds));
        return result;
    }

    private RunSummary WriteSummary(string device)
    {
        var summary = new RunSummary(config, device, _inputs.ToArray(), _timings.ToArray(), _valuations.ToArray());
        summary.Write(Path.Combine(config.OutputFolder, "summary.json"));
        return summary;
    }
}
