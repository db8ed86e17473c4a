using System.Diagnostics;

namespace GpuRisk.Tests.Reporting;

/// <summary>
/// Headless Chromium (Debian's <c>chromium</c> package) for the browser check of report.html: found on
/// PATH, run with a throwaway profile, no network services, no sandbox (CI runs as root) and a time limit.
/// </summary>
internal static class Chromium
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(2);

    /// <summary>The browser's path; null when none is installed.</summary>
    public static string? Path { get; } = Find();

    /// <summary>Runs the browser headless with <paramref name="args"/>; returns its standard output.</summary>
    /// <exception cref="TimeoutException">It ran past the time limit (it is then killed).</exception>
    /// <exception cref="InvalidOperationException">It exited with a non-zero code.</exception>
    public static string Run(params string[] args)
    {
        string profile = Directory.CreateTempSubdirectory("gpurisk-chromium-").FullName;
        try
        {
            var start = new ProcessStartInfo(Path ?? throw new InvalidOperationException("chromium is not installed"))
            {
                RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
            };
            foreach (string a in (string[])[
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--hide-scrollbars", $"--user-data-dir={profile}", .. args])
            {
                start.ArgumentList.Add(a);
            }
            using Process process = Process.Start(start)!;
            Task<string> stdout = process.StandardOutput.ReadToEndAsync();
            Task<string> stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(Limit))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"chromium ran past {Limit.TotalSeconds:0} s: {string.Join(' ', args)}");
            }
            if (process.ExitCode != 0) throw new InvalidOperationException($"chromium exited {process.ExitCode}: {stderr.Result}");
            return stdout.Result;
        }
        finally
        {
            Directory.Delete(profile, recursive: true);
        }
    }

    private static string? Find() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(System.IO.Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(dir => new[] { "chromium", "chromium-browser" }.Select(name => System.IO.Path.Combine(dir, name)))
            .FirstOrDefault(File.Exists);
}
