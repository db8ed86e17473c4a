namespace GpuRisk.Tests.Reporting;

/// <summary>
/// A fact that needs headless Chromium: skipped, with the reason shown in the test log, only when no
/// browser is installed (.ci/run installs Debian's <c>chromium</c> where it can).
/// </summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (Chromium.Path is null)
        {
            Skip = "headless Chromium is not installed (Debian: apt-get install -y chromium), so report.html was not checked in a browser";
        }
    }
}
