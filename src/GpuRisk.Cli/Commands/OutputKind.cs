namespace GpuRisk.Cli.Commands;

/// <summary>What a command's <c>--out</c> names.</summary>
public enum OutputKind
{
    /// <summary>One file (e.g. <c>price --out F.json</c>).</summary>
    File,
    /// <summary>A folder the command fills (e.g. <c>stress --out D</c>, <c>run --out D</c>).</summary>
    Folder,
    /// <summary>
    /// One file for a whole run, a folder for a shard (<c>price --out F.json</c>, <c>price --shard i/N --out D</c>): the
    /// command checks which once it knows whether it runs a shard (<see cref="CheckedOption.RequireOutput"/>).
    /// </summary>
    FileOrShardFolder,
}
