using System.Net;
using System.Text.RegularExpressions;

namespace GpuRisk.Tests.Reporting;

/// <summary>Reads a rendered report.html the way the tests need: a section's own HTML, the embedded pictures.</summary>
internal static partial class ReportPage
{
    /// <summary>
    /// The HTML of section <paramref name="id"/> up to its first nested or closing tag (the whole of a
    /// leaf section, the heading and notes of a parent), entities decoded so figures read as shown.
    /// </summary>
    public static string Section(string html, string id)
    {
        string open = $"<section id=\"{id}\">";
        int start = html.IndexOf(open, StringComparison.Ordinal);
        Assert.True(start >= 0, $"section {id} is missing");
        int end = html.IndexOf("</section>", start, StringComparison.Ordinal);
        int nested = html.IndexOf("<section", start + open.Length, StringComparison.Ordinal);
        return WebUtility.HtmlDecode(html[start..(nested >= 0 && nested < end ? nested : end)]);
    }

    /// <summary>The bytes of every picture embedded as a PNG data URI, in page order.</summary>
    public static byte[][] Pngs(string html) =>
        PngDataUri().Matches(html).Select(m => Convert.FromBase64String(m.Groups[1].Value)).ToArray();

    /// <summary>The PNG file signature.</summary>
    public static readonly byte[] PngSignature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    [GeneratedRegex("src=\"data:image/png;base64,([A-Za-z0-9+/=]+)\"")]
    private static partial Regex PngDataUri();
}
