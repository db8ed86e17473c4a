using System.CommandLine;
using System.CommandLine.Parsing;
using GpuRisk.Config;

namespace GpuRisk.Cli.Commands;

/// <summary>
/// <c>--shard i/N</c> and <c>--shards N</c> (the index then from <c>JOB_COMPLETION_INDEX</c>, a Kubernetes Indexed
/// Job, or <c>SLURM_ARRAY_TASK_ID</c>); with neither, a Slurm array task (<c>SLURM_ARRAY_TASK_ID</c> and
/// <c>SLURM_ARRAY_TASK_COUNT</c>) is a shard by itself.
/// </summary>
public sealed class ShardOptions
{
    /// <summary><c>--shard i/N</c>.</summary>
    public Option<string?> Shard { get; } = new("--shard") { Description = "Run shard i of N (0-based), e.g. 2/8: its block of paths, as partial state for `merge`" };

    /// <summary><c>--shards N</c>.</summary>
    public Option<int?> Shards { get; } = CheckedOption.WholeNumber("--shards", "Number of shards; the index comes from JOB_COMPLETION_INDEX or SLURM_ARRAY_TASK_ID", 1, 100_000);

    /// <summary>Adds both options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        Shard.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<string?>() is { } text && !ShardSpec.TryParse(text, out _)) r.AddError($"--shard: '{text}' is not i/N with 0 <= i < N");
        });
        command.Add(Shard);
        command.Add(Shards);
    }

    /// <summary>The shard option given on the command line (<c>--shard</c> first), or null when neither was.</summary>
    public Option? GivenIn(CommandResult result) =>
        result.GetResult(Shard) is { Implicit: false } ? Shard : result.GetResult(Shards) is { Implicit: false } ? Shards : null;

    /// <summary>The shard this process runs (0/1: the whole run), from the options and the environment.</summary>
    /// <exception cref="InputException">--shards without an index in the environment, or an index out of range.</exception>
    public ShardSpec Resolve(ParseResult parse)
    {
        if (parse.GetValue(Shard) is { } text && ShardSpec.TryParse(text, out ShardSpec explicitShard)) return explicitShard;
        string? kubernetes = Environment.GetEnvironmentVariable("JOB_COMPLETION_INDEX");
        string? slurm = Environment.GetEnvironmentVariable("SLURM_ARRAY_TASK_ID");
        if (parse.GetValue(Shards) is { } count)
        {
            string? index = kubernetes ?? slurm;
            if (index is null)
            {
                throw new InputException("--shards", "", "index", "needs JOB_COMPLETION_INDEX (Kubernetes Indexed Job) or SLURM_ARRAY_TASK_ID (Slurm array) in the environment; or give --shard i/N");
            }
            return Parse($"{index}/{count}", kubernetes is not null ? "JOB_COMPLETION_INDEX" : "SLURM_ARRAY_TASK_ID");
        }
        string? slurmCount = Environment.GetEnvironmentVariable("SLURM_ARRAY_TASK_COUNT");
        return slurm is not null && slurmCount is not null ? Parse($"{slurm}/{slurmCount}", "SLURM_ARRAY_TASK_ID") : ShardSpec.Single;
    }

    private static ShardSpec Parse(string text, string source) =>
        ShardSpec.TryParse(text, out ShardSpec shard) ? shard
            : throw new InputException(source, "", "index", $"'{text}' is not a shard index i/N with 0 <= i < N");
}
