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
/// <param name="Device">auto, cpu, cuda or opencl.</param>
/// <param name="Precision">float or double, for device simulation.</param>
/// <param name="Seed">Seed of every random stream.</param>
/// <param name="Paths">Monte Carlo paths.</param>
/// <param name="StepsPerDay">Simulation steps per day.</param>
/// <param name="StressGrid">The stress stage's grid (default: Deribit's portfolio-margin grid).</param>
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
    StressGrid StressGrid)
{
    /// <summary>The defaults, as documented in README.md.</summary>
    public static RunConfig Default { get; } = new(
        Source: null, BookFile: "book.csv", MarketFile: "market.json", OutputFolder: "out/nightly",
        Device: "auto", Precision: "float", Seed: 20261124, Paths: 100_000, StepsPerDay: 2,
        StressGrid: StressGrid.DeribitDefault);

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
