using System.CommandLine;
using GpuRisk.Config;

namespace GpuRisk.Cli.Commands;

/// <summary>The options every simulating command shares (DESIGN.md's "Shared options"), each checked as it is parsed.</summary>
/// <param name="outKind">Whether this command's <c>--out</c> names a file or a folder.</param>
public sealed class SharedOptions(OutputKind outKind)
{
    /// <summary><c>--device</c>: auto (default), cpu, cpu-simd, cuda or opencl.</summary>
    public Option<string?> Device { get; } = CheckedOption.OneOf("--device",
        "Accelerator (auto: CUDA, then OpenCL, then the CPU's SIMD lanes)", "auto", RunConfigReader.Devices);

    /// <summary><c>--paths</c>: Monte Carlo paths.</summary>
    public Option<long?> Paths { get; } = CheckedOption.WholeNumber("--paths", "Monte Carlo paths",
        RunConfigReader.MinPaths, long.MaxValue, "a standard error needs two paths");

    /// <summary><c>--seed</c>: seed of every random stream.</summary>
    public Option<ulong?> Seed { get; } = CheckedOption.WholeNumber("--seed", "Seed of every random stream", 0UL, ulong.MaxValue);

    /// <summary><c>--steps-per-day</c>: simulation steps per day.</summary>
    public Option<int?> StepsPerDay { get; } = CheckedOption.WholeNumber("--steps-per-day", "Simulation steps per day",
        1, RunConfigReader.MaxStepsPerDay);

    /// <summary><c>--precision</c>: the device's number type for paths.</summary>
    public Option<string?> Precision { get; } = CheckedOption.OneOf("--precision", "Number type on the device (default float)",
        null, RunConfigReader.Precisions);

    /// <summary><c>--out</c>: the output file or folder.</summary>
    public Option<string?> Out { get; } = CheckedOption.OutputPath("--out", outKind switch
    {
        OutputKind.File => "Output file",
        OutputKind.Folder => "Output folder",
        _ => "Output file; a shard's folder with --shard",
    }, outKind);

    /// <summary>Adds every shared option to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        command.Add(Device);
        command.Add(Paths);
        command.Add(Seed);
        command.Add(StepsPerDay);
        command.Add(Precision);
        command.Add(Out);
    }

    /// <summary>
    /// <paramref name="config"/> with every shared option the user gave overriding it; <c>--paths</c> sets every stage's
    /// paths (the config's per-stage counts give way).
    /// </summary>
    public RunConfig ApplyTo(ParseResult parse, RunConfig config) => config with
    {
        Device = parse.GetResult(Device) is { Implicit: false } ? parse.GetValue(Device)! : config.Device,
        Paths = parse.GetValue(Paths) ?? config.Paths,
        StagePaths = parse.GetValue(Paths) is null ? config.StagePaths : new Dictionary<string, long>(),
        Seed = parse.GetValue(Seed) ?? config.Seed,
        StepsPerDay = parse.GetValue(StepsPerDay) ?? config.StepsPerDay,
        Precision = parse.GetValue(Precision) ?? config.Precision,
        OutputFolder = parse.GetValue(Out) ?? config.OutputFolder,
    };

    /// <summary>
    /// Warns when Monte Carlo options were given to a command running without simulation, so a user never
    /// believes a setting took effect when it did not.
    /// </summary>
    public void WarnIfSimulationOptionsIgnored(ParseResult parse, Terminal terminal, string why)
    {
        Option[] simulation = [Paths, Seed, StepsPerDay, Precision];
        string[] given = simulation.Where(o => parse.GetResult(o) is { Implicit: false }).Select(o => o.Name).ToArray();
        if (given.Length > 0) terminal.Warn($"{string.Join(", ", given)} ignored: {why}");
    }
}
