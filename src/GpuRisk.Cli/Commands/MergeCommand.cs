using System.CommandLine;
using GpuRisk.Config;
using GpuRisk.IO;
using GpuRisk.Jobs;
using GpuRisk.Sharding;

namespace GpuRisk.Cli.Commands;

/// <summary>
/// <c>gpurisk merge SHARD_DIR... --out D</c>: checks that the shards belong to one run, merges their partial states
/// exactly and finishes the run into D (every file a single run writes, report.html included).
/// </summary>
public static class MergeCommand
{
    /// <summary>Builds the command; it reports through <paramref name="terminal"/>.</summary>
    public static Command Create(Terminal terminal)
    {
        var folders = new Argument<string[]>("shards") { Description = "The shard folders (every shard of one run, any order)", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string>("--out") { Description = "Output folder of the merged run", Required = true };
        var device = CheckedOption.OneOf("--device", "Accelerator for the stages that finish in the merge", "auto", RunConfigReader.Devices);
        var force = OutputFolder.Force();
        var command = new Command("merge", "Combine shard outputs into the result one run would give") { folders, output, device, force };
        command.SetAction(async (parse, cancel) =>
        {
            ShardSet shards = ShardSet.Open([.. parse.GetValue(folders)!]);
            (InputFile configFile, _, _) = shards.Inputs();
            RunConfig config = RunConfigReader.Read(configFile) with
            {
                OutputFolder = parse.GetValue(output)!,
                Device = parse.GetValue(device)!,
            };
            OutputFolder.Prepare(config.OutputFolder, parse.GetValue(force));
            RunSummary summary = await terminal.WithProgressAsync(() => new NightlyJob(config, terminal, ShardSpec.Single, shards).ExecuteAsync(cancel));
            terminal.Info($"merged {shards.Folders.Count} shards into {Path.GetFullPath(config.OutputFolder)} ({summary.Timings.Sum(t => t.Seconds):F1} s)");
            return CliApp.Success;
        });
        return command;
    }
}
