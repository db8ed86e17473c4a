using System.Globalization;

namespace GpuRisk.IO;

/// <summary>
/// Parses the instants the input files carry: ISO-8601 with an explicit UTC designator,
/// e.g. <c>2026-12-25T08:00:00Z</c> (seconds and fractions optional; <c>z</c>, <c>+00:00</c> and <c>-00:00</c> also accepted).
/// </summary>
/// <remarks>
/// A time without a zone is rejected rather than assumed to be UTC: the same text means different
/// instants on machines in different zones, and a nightly batch must not depend on where it runs.
/// A non-zero offset is rejected too, because the contract (DESIGN.md) says expiries and the
/// valuation time are UTC and a stray offset usually means a local time pasted by mistake.
/// </remarks>
internal static class IsoInstant
{
    private static readonly string[] ZonedFormats =
    [
        "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mmK",
    ];

    /// <summary>An example of the expected form, for messages.</summary>
    public const string Example = "2026-12-25T08:00:00Z";

    /// <summary>
    /// Parses <paramref name="text"/>; on failure returns false and a problem in words.
    /// </summary>
    public static bool TryParse(string text, out DateTimeOffset instant, out string problem)
    {
        instant = default;
        string s = text.Trim();
        // RFC 3339 allows a lower-case UTC designator; the "K" format below reads only "Z".
        if (s.EndsWith('z')) s = s[..^1] + "Z";
        if (!DateTimeOffset.TryParseExact(s, ZonedFormats, CultureInfo.InvariantCulture,
                DateTimeStyles.None, out DateTimeOffset parsed))
        {
            problem = $"'{text}' is not an ISO-8601 instant such as {Example}";
            return false;
        }
        bool hasZone = s.EndsWith('Z') || HasNumericOffset(s);
        if (!hasZone)
        {
            problem = $"'{text}' has no time zone; it must be UTC, e.g. {Example}";
            return false;
        }
        if (parsed.Offset != TimeSpan.Zero)
        {
            string sign = parsed.Offset < TimeSpan.Zero ? "-" : "+";
            problem = $"'{text}' has offset {sign}{parsed.Offset:hh\\:mm}; it must be UTC, e.g. {Example}";
            return false;
        }
        instant = parsed;
        problem = "";
        return true;
    }

    /// <summary>The canonical text of a UTC instant (round-trip form ending in Z).</summary>
    public static string Format(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture);

    // "K" also parses a zone-less time (as local), so the zone's presence is checked on the text:
    // a trailing "+hh:mm" or "-hh:mm" after the time part.
    private static bool HasNumericOffset(string s) =>
        s.Length >= 6 && (s[^6] == '+' || s[^6] == '-') && s[^3] == ':' && s.IndexOf('T') < s.Length - 6;
}
