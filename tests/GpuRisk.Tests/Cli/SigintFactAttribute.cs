namespace GpuRisk.Tests.Cli;

/// <summary>
/// A fact that sends Ctrl-C (SIGINT) to a child process: skipped, with the reason in the test log, only where
/// this process tree ignores SIGINT. A non-interactive shell sets SIGINT to ignored for a command it starts in
/// the background (<c>cmd &amp;</c>), every child inherits that, and the .NET runtime then leaves SIGINT ignored
/// (as nohup-style scripts expect), so no Ctrl-C could reach the command under test.
/// </summary>
public sealed class SigintFactAttribute : FactAttribute
{
    private const int Sigint = 2;

    public SigintFactAttribute()
    {
        if (SigintIgnored())
        {
            Skip = "SIGINT is ignored in this process tree (started in the background of a non-interactive shell), so Ctrl-C cannot reach gpurisk";
        }
    }

    /// <summary>Whether SIGINT's bit is set in the SigIgn mask of /proc/self/status (Linux; elsewhere false).</summary>
    private static bool SigintIgnored()
    {
        const string status = "/proc/self/status";
        if (!File.Exists(status)) return false;
        string? line = File.ReadLines(status).FirstOrDefault(l => l.StartsWith("SigIgn:", StringComparison.Ordinal));
        if (line is null) return false;
        ulong mask = Convert.ToUInt64(line["SigIgn:".Length..].Trim(), 16);
        return (mask & (1UL << (Sigint - 1))) != 0;
    }
}
