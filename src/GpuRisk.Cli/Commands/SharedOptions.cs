using System.CommandLine;
using GpuRisk.Config;

namespace GpuRisk.Cli.Commands;

/// <summary>The options every simulating command shares (DESIGN.md's "Shared options").</summary>
public sealed class SharedOptions
{
    public Option<string> Device { get; } = new("--device")
    {
        Description = "Accelerator: auto (CUDA, then OpenCL, then CPU), cpu, cuda or opencl",
        DefaultValueFactory = _ => "auto",
    };

    public Option<long?> Paths { get; } = new("--paths") { Description = "Monte Carlo paths" };

    public Option<ulong?> Seed { get; } = new("--seed") { Description = "Seed of every random stream" };

    public Option<int?> StepsPerDay { get; } = new("--steps-per-day") { Description = "Simulation steps per day" };

    public Option<string?> Precision { get; } = new("--precision") { Description = "float (default) or double on the device" };

    public Option<string?> Out { get; } = new("--out") { Description = "Output file or folder" };

    /// <summary>Adds every shared option to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        Device.AcceptOnlyFromAmong("auto", "cpu", "cuda", "opencl");
        Precision.AcceptOnlyFromAmong("float", "double");
        command.Add(Device);
        command.Add(Paths);
        command.Add(Seed);
        command.Add(StepsPerDay);
        command.Add(Precision);
        command.Add(Out);
        command.Validators.Add(result =>
        {
            if (result.GetValue(Paths) is < 2) result.AddError("--paths must be a whole number >= 2 (a standard error needs two paths)");
            if (result.GetValue(StepsPerDay) is <= 0 or > 1440) result.AddError("--steps-per-day must be in 1..1440");
        });
    }

    /// <summary><paramref name="config"/> with every shared option the user gave overriding it.</summary>
    public RunConfig ApplyTo(ParseResult parse, RunConfig config) => config with
    {
        Device = parse.GetResult(Device) is { Implicit: false } ? parse.GetValue(Device)! : config.Device,
        Paths = parse.GetValue(Paths) ?? config.Paths,
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
