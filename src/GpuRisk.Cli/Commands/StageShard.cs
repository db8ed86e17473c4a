using System.CommandLine;
using GpuRisk.Config;
using GpuRisk.IO;
using GpuRisk.Jobs;
using GpuRisk.Sharding;

namespace GpuRisk.Cli.Commands;

/// <summary>
/// A shard of a standalone stage command (<c>price --method mc</c>, <c>var</c>, <c>backtest</c>, <c>optimize</c> with
/// <c>--shard i/N</c>): the command's settings run as a nightly job of that one stage (<c>mc</c>, <c>var</c>, ...) in
/// shard mode, so <c>gpurisk merge</c> combines the shards into the folder a run of the stage alone would write (its
/// JSON, Parquet and pictures, summary.json, report.html).
/// </summary>
public static class StageShard
{
    /// <summary>Runs <paramref name="shard"/> of <paramref name="stage"/> with <paramref name="settings"/> into <c>--out</c>.</summary>
    /// <exception cref="InputException">No <c>--out</c>: a shard's partial state must go to a folder.</exception>
    public static async Task<int> RunAsync(Terminal terminal, ParseResult parse, SharedOptions shared, string stage, RunConfig settings,
        BookAndMarket inputs, ShardSpec shard, CancellationToken cancel)
    {
        string output = parse.GetValue(shared.Out)
            ?? throw new InputException("--shard", "", "--out", "a shard writes partial state for `gpurisk merge`: give --out FOLDER");
        RunConfig config = StageShardConfig.For(stage, settings with { OutputFolder = output }, inputs.Files[0].DisplayName, inputs.Files[1].DisplayName);
        await terminal.WithProgressAsync(() => new NightlyJob(config, terminal, shard).ExecuteAsync(cancel));
        terminal.Info($"wrote shard {shard} of {stage} into {Path.GetFullPath(output)}: merge the shards with `gpurisk merge`");
        return CliApp.Success;
    }
}
