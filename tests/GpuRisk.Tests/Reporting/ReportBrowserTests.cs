using System.Text.RegularExpressions;
using GpuRisk.Reporting;
using SkiaSharp;
using Xunit.Abstractions;

namespace GpuRisk.Tests.Reporting;

/// <summary>
/// report.html in a real browser (headless Chromium) at a 1280 px wide window: every section is in the
/// rendered page, every picture decodes, nothing scrolls sideways, and the screenshot is not blank. The
/// page, the screenshot and the probe are kept in the test's output folder (report-browser-check/) so a
/// person can look at them.
/// </summary>
public sealed partial class ReportBrowserTests(ITestOutputHelper output)
{
    private const int WindowWidth = 1280, WindowHeight = 2400;

    [ChromiumFact]
    public void ChromiumShowsEverySectionAndEveryPictureWithinTheWindowWidth()
    {
        string folder = Path.Combine(AppContext.BaseDirectory, "report-browser-check");
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        Directory.CreateDirectory(folder);
        ReportFixtures.FullRun(folder);
        string page = ReportWriter.Write(folder);
        string window = $"--window-size={WindowWidth},{WindowHeight}";

        string dom = Chromium.Run(window, "--dump-dom", new Uri(page).AbsoluteUri);
        foreach (string id in ReportSectionIds.All) Assert.Contains($"id=\"{id}\"", dom);

        // The shipped page has no script; a copy with a probe measures the layout once every picture has loaded.
        string probe = Path.Combine(folder, "probe.html");
        File.WriteAllText(probe, File.ReadAllText(page).Replace("</body>", """
            <script>addEventListener('load', () => {
              document.body.dataset.scrollWidth = document.documentElement.scrollWidth;
              document.body.dataset.images = document.images.length;
              document.body.dataset.decoded = [...document.images].filter(i => i.complete && i.naturalWidth > 0).length;
            });</script></body>
            """));
        Match measured = Probe().Match(Chromium.Run(window, "--virtual-time-budget=10000", "--dump-dom", new Uri(probe).AbsoluteUri));
        Assert.True(measured.Success, "the probe did not run");
        Assert.Equal(6, int.Parse(measured.Groups["images"].Value));
        Assert.Equal(measured.Groups["images"].Value, measured.Groups["decoded"].Value);
        Assert.InRange(int.Parse(measured.Groups["width"].Value), 1, WindowWidth);

        string screenshot = Path.Combine(folder, "screenshot.png");
        Chromium.Run(window, $"--screenshot={screenshot}", new Uri(page).AbsoluteUri);
        using SKBitmap shot = SKBitmap.Decode(screenshot);
        Assert.Equal(WindowWidth, shot.Width);
        // Not blank: a good share of the pixels differ from the page background (top-left is the header; take the margin).
        SKColor background = shot.GetPixel(2, shot.Height - 2);
        int differing = 0, samples = 0;
        for (int y = 0; y < shot.Height; y += 8)
        {
            for (int x = 0; x < shot.Width; x += 8, samples++)
            {
                if (shot.GetPixel(x, y) != background) differing++;
            }
        }
        Assert.InRange(differing, samples / 5, samples);
        output.WriteLine($"report: {page}");
        output.WriteLine($"screenshot: {screenshot} ({differing * 100 / samples}% of sampled pixels differ from the background)");
    }

    [GeneratedRegex("data-scroll-width=\"(?<width>\\d+)\" data-images=\"(?<images>\\d+)\" data-decoded=\"(?<decoded>\\d+)\"")]
    private static partial Regex Probe();
}
