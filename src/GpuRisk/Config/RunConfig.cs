using GpuRisk.Devices;
using GpuRisk.IO;
using GpuRisk.MonteCarlo;
using GpuRisk.Stress;

namespace GpuRisk.Config;

/// <summary>
/// The nightly job's settings. Every field has a default; <c>data/nightly.json</c> is the embedded default.
/// </summary>
/// <param name="Source">The config file itself (its hash goes in the manifest; relative names resolve from it).</param>
/// <param name="BookFile">Book file name (CSV or Parquet), relative to the config.</param>
/// <param name="MarketFile">Market JSON file name, relative to the config.</param>
/// <param name="OutputFolder">Folder the run writes into (relative to the working directory).</param>
/// <param name="Device">auto, cpu, cpu-simd, cuda or opencl.</param>
/// <param name="Precision">float or double, for device simulation.</param>
/// <param name="Seed">Seed of every random stream.</param>
/// <param name="Paths">Monte Carlo paths.</param>
/// <param name="StepsPerDay">Simulation steps per day.</param>
/// <param name="StressGrid">The stress stage's grid (default: Deribit's portfolio-margin grid).</param>
/// <param name="Stages">The stages to run, in order (default every one).</param>
/// <param name="Horizons">The var stage's horizons.</param>
/// <param name="Levels">The var stage's confidence levels (contributions at the first).</param>
/// <param name="Policies">The backtest's policies (the grammar of <c>backtest --policy</c>).</param>
/// <param name="BacktestHorizon">How long the backtest and the optimizer hold and hedge the book.</param>
/// <param name="Check">How often a policy looks at its hedge.</param>
/// <param name="GapLimit">The backtest's gap-loss limit, USD (null: 1% of the book's gross option value).</param>
/// <param name="RiskAversion">The optimizer's exported CARA risk aversion, 1/USD (null: the frontier's middle, or 1e-5).</param>
/// <param name="Frontier">The optimizer's frontier, G1..G2:K (null: the one risk aversion).</param>
/// <param name="StagePaths">Paths per stage where a stage should use other than <paramref name="Paths"/> (keys mc, var, backtest, optimize, proof).</param>
public sealed record RunConfig(
    InputFile? Source,
    string BookFile,
    string MarketFile,
    string OutputFolder,
    string Device,
    string Precision,
    ulong Seed,
    long Paths,
    int StepsPerDay,
    StressGrid StressGrid,
    IReadOnlyList<string> Stages,
    IReadOnlyList<Duration> Horizons,
    IReadOnlyList<double> Levels,
    IReadOnlyList<string> Policies,
    Duration BacktestHorizon,
    Duration Check,
    double? GapLimit,
    double? RiskAversion,
    string? Frontier,
    IReadOnlyDictionary<string, long> StagePaths)
{
    /// <summary>Every stage of the nightly job, in the order it runs them.</summary>
    public static IReadOnlyList<string> AllStages { get; } = ["analytic", "mc", "stress", "var", "backtest", "optimize"];

    /// <summary>The defaults, as documented in README.md.</summary>
    public static RunConfig Default { get; } = new(
        Source: null, BookFile: "book.csv", MarketFile: "market.json", OutputFolder: "out/nightly",
        Device: "auto", Precision: "float", Seed: 20261124, Paths: 100_000, StepsPerDay: 2,
        StressGrid: StressGrid.DeribitDefault, Stages: AllStages,
        Horizons: [Duration.Parse("1d"), Duration.Parse("7d")], Levels: [0.99, 0.999],
        Policies: ["none", "band:5%", "time:8h", "time:24h", "ww:gamma=1e-5", "time-or-band:24h,5%,min=0.05,cooldown=1h", "cppi:underlying=BTC,floor=0.8,m=4"],
        BacktestHorizon: Duration.Parse("7d"), Check: Duration.Parse("1h"), GapLimit: null, RiskAversion: null, Frontier: null,
        StagePaths: new Dictionary<string, long>());

    /// <summary>Paths of stage <paramref name="stage"/>: its own count when the config gives one, else <see cref="Paths"/>.</summary>
    public long PathsOf(string stage) => StagePaths.TryGetValue(stage, out long n) ? n : Paths;

    /// <summary>True when <paramref name="stage"/> is to run.</summary>
    public bool Runs(string stage) => Stages.Contains(stage);

    /// <summary>
    /// The book and market files this config names, relative names resolved next to the config (or among the
    /// embedded defaults for the embedded config).
    /// </summary>
    /// <exception cref="InputException">
    /// A file cannot be opened: the error names the config file and its field (<c>$.book</c> or <c>$.market</c>),
    /// and says which file the name resolved to.
    /// </exception>
    public (InputFile Book, InputFile Market) OpenInputs() =>
        (Open(SourceFile, "book", BookFile), Open(SourceFile, "market", MarketFile));

    /// <summary>The config file itself: <see cref="Source"/>, or the embedded default when it came from none.</summary>
    public InputFile SourceFile => Source ?? InputFile.Embedded("nightly.json");

    private static InputFile Open(InputFile config, string field, string name)
    {
        try
        {
            return config.Resolve(name);
        }
        catch (InputException e) when (e.Row == InputLocation.FileRow && e.Field == InputLocation.PathField)
        {
            throw new InputException(config.DisplayName, $"{InputLocation.JsonRootRow}.{field}", field,
                $"names '{name}', which cannot be opened ({e.File}: {e.Problem})", e);
        }
    }

    /// <summary>The Monte Carlo engine's settings these fields make.</summary>
    public MonteCarloSettings MonteCarlo => new(
        Paths: Paths, StepsPerDay: StepsPerDay, Seed: Seed,
        Precision: Precision == "double" ? GpuRisk.MonteCarlo.Precision.Double : GpuRisk.MonteCarlo.Precision.Float,
        Device: DeviceSelector.Parse(Device));
}
