using System.Globalization;

namespace GpuRisk.Reporting;

/// <summary>
/// How the report writes numbers: thousands separators, a true minus sign, and as many decimals as the
/// figure deserves. A figure with a standard error or an interval is rounded to the error's second
/// significant digit (525,590 ± 13,206, not 525,589.8203 ± 13,205.7865); a bare figure keeps four
/// significant digits, never rounds away integer digits and drops trailing zeros (562,421; 347.4; 0.8);
/// a column of bare figures shares one number of decimals, so decimal points line up. A missing figure
/// is an en dash.
/// </summary>
internal static class ReportFormat
{
    /// <summary>What a missing figure shows.</summary>
    public const string Missing = "–";

    private const int MaxDecimals = 8;
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary><paramref name="x"/> with up to four significant digits (more integer digits are kept), trailing zeros dropped.</summary>
    public static string Number(double? x) =>
        x is { } v ? v.ToString("#,0." + new string('#', DecimalsFor(v, 4)), Inv).Replace('-', '−') : Missing;

    /// <summary>
    /// Decimals for a table column holding <paramref name="values"/>, so decimal points line up: enough
    /// for three significant digits of each value, but no more than the value was written with (1.62 and
    /// 96.4 give "1.62" and "96.40"; a threshold is pasted from here, so no digit may be lost).
    /// </summary>
    public static int ColumnDecimals(IEnumerable<double?> values) =>
        values.OfType<double>().Where(v => v != 0 && double.IsFinite(v))
            .Select(v => Math.Min(DecimalsFor(v, 3), WrittenDecimals(v))).DefaultIfEmpty(0).Max();

    /// <summary>An integer as written, no separators (a seed: 20261124).</summary>
    public static string Integer(double? x) => x is { } v ? v.ToString("0", Inv) : Missing;

    /// <summary>A small or large figure in exponent form as the command line takes it (2e-6).</summary>
    public static string Scientific(double? x) =>
        x is { } v ? v.ToString("0.###e+0", Inv).Replace("e+", "e").Replace('-', '−') : Missing;

    /// <summary><paramref name="x"/> with exactly <paramref name="decimals"/> decimals.</summary>
    public static string Fixed(double? x, int decimals) =>
        x is { } v ? v.ToString("N" + decimals, Inv).Replace('-', '−') : Missing;

    /// <summary>"x ± e", rounded to the error's second significant digit; just x when there is no error.</summary>
    public static string WithError(double? x, double? stderr)
    {
        if (x is null) return Missing;
        if (stderr is not { } e || e <= 0) return Number(x);
        int decimals = DecimalsFor(e, 2);
        return $"{Fixed(x, decimals)} ± {Fixed(e, decimals)}";
    }

    /// <summary>
    /// A figure and its 95% interval ("low – high"), both rounded to the second significant digit of a
    /// quarter of the interval's width (about one standard error); the figure alone when there is no interval.
    /// </summary>
    public static (string Value, string Interval) WithInterval(double? x, double? low, double? high)
    {
        if (low is not { } l || high is not { } h || !(h > l)) return (Number(x), Missing);
        int decimals = DecimalsFor((h - l) / 4, 2);
        return (Fixed(x, decimals), $"{Fixed(l, decimals)} – {Fixed(h, decimals)}");
    }

    /// <summary>A confidence level (0.99, 0.999) as "99%", "99.9%".</summary>
    public static string Level(double? level) =>
        level is { } l ? (l * 100).ToString("0.###", Inv) + "%" : Missing;

    /// <summary>A relative shock (-0.16) as a signed percent ("−16%").</summary>
    public static string SignedPercent(double? shock) =>
        shock is { } s ? s.ToString("+0.##%;-0.##%;0%", Inv).Replace('-', '−') : Missing;

    /// <summary>A vol shock (0.45, in vol points as a decimal) signed ("+0.45").</summary>
    public static string Signed(double? x) =>
        x is { } v ? v.ToString("+0.####;-0.####;0", Inv).Replace('-', '−') : Missing;

    /// <summary>The decimals in <paramref name="x"/>'s shortest round-trip form (1.62: 2; 40.2: 1; 5: 0).</summary>
    private static int WrittenDecimals(double x)
    {
        string r = x.ToString("R", Inv);
        int dot = r.IndexOf('.');
        return r.Contains('E') ? MaxDecimals : dot < 0 ? 0 : r.Length - dot - 1;
    }

    /// <summary>Decimals that show <paramref name="significant"/> significant digits of <paramref name="x"/>.</summary>
    private static int DecimalsFor(double x, int significant)
    {
        if (x == 0 || !double.IsFinite(x)) return 0;
        int magnitude = (int)Math.Floor(Math.Log10(Math.Abs(x)));
        return Math.Clamp(significant - 1 - magnitude, 0, MaxDecimals);
    }
}
