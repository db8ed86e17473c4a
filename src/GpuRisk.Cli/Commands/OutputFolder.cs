using System.CommandLine;

namespace GpuRisk.Cli.Commands;

/// <summary>
/// The rule for a job's output folder: a new or empty folder is used as is; a folder holding an earlier run
/// (summary.json or shard.json) is refused unless <c>--force</c>, which removes it first, so a rerun never mixes
/// files of two runs; any other non-empty folder is refused, --force or not.
/// </summary>
public static class OutputFolder
{
    /// <summary><c>--force</c>.</summary>
    public static Option<bool> Force() => new("--force") { Description = "Replace an earlier run's output folder (it is removed first)" };

    /// <summary>Makes <paramref name="folder"/> ready for a new run.</summary>
    /// <exception cref="InputException">The folder holds files and may not be replaced.</exception>
    public static void Prepare(string folder, bool force)
    {
        if (!Directory.Exists(folder) || !Directory.EnumerateFileSystemEntries(folder).Any()) return;
        bool earlierRun = File.Exists(Path.Combine(folder, "summary.json")) || File.Exists(Path.Combine(folder, "shard.json"));
        if (!earlierRun)
        {
            throw new InputException(folder, "", "--out", "is not empty and holds no earlier run; give an empty or new folder");
        }
        if (!force)
        {
            throw new InputException(folder, "", "--out", "holds an earlier run; give --force to replace it, or another folder");
        }
        Directory.Delete(folder, recursive: true);
    }
}
