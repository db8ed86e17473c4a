using System.CommandLine;
using GpuRisk.Config;
using GpuRisk.IO;
using GpuRisk.Jobs;

namespace GpuRisk.Cli.Commands;

/// <summary><c>gpurisk run</c>: the nightly job, every stage, one output folder; or one shard of it.</summary>
public static class RunCommand
{
    /// <summary>Builds the command; it reports through <paramref name="terminal"/>.</summary>
    public static Command Create(Terminal terminal)
    {
        var configOption = CheckedOption.ExistingFile("--config", "Nightly config (JSON); default: the embedded data/nightly.json", required: false);
        var force = OutputFolder.Force();
        var shards = new ShardOptions();
        var shared = new SharedOptions(OutputKind.Folder);
        var command = new Command("run", "The nightly job: every stage, one output folder (or one shard's partial state)") { configOption, force };
        shards.AddTo(command);
        shared.AddTo(command);
        command.SetAction(async (parse, cancel) =>
        {
            InputFile source = parse.GetValue(configOption) is { } path ? InputFile.FromPath(path) : InputFile.Embedded("nightly.json");
            RunConfig config = RunConfigReader.Read(source);
            // Command-line options override the config file.
            config = shared.ApplyTo(parse, config);
            ShardSpec shard = shards.Resolve(parse);
            OutputFolder.Prepare(config.OutputFolder, parse.GetValue(force));
            RunSummary summary = await terminal.WithProgressAsync(() => new NightlyJob(config, terminal, shard).ExecuteAsync(cancel));
            terminal.Info($"wrote {Path.GetFullPath(config.OutputFolder)}{(shard.IsWholeRun ? "" : $" (shard {shard}: merge the shards with `gpurisk merge`)")} "
                          + $"({summary.Timings.Sum(t => t.Seconds):F1} s)");
            return CliApp.Success;
        });
        return command;
    }
}
