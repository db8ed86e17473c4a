namespace GpuRisk.Cli.Commands;

/// <summary>What a command's <c>--out</c> names.</summary>
public enum OutputKind
{
    /// <summary>One file (e.g. <c>price --out F.json</c>).</summary>
    File,
    /// <summary>A folder the command fills (e.g. <c>stress --out D</c>, <c>run --out D</c>).</summary>
    Folder,
}
