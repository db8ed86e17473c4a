using System.Globalization;

namespace GpuRisk.Optimization;

/// <summary>
/// A frontier of risk aversions written <c>G1..G2:K</c>: K points from G1 to G2, geometric (1/USD). The points
/// between the ends are rounded to 4 significant digits, as their policy names print them, so that a vault's
/// thresholds.json says 1e-05 and not 9.999999999999999e-06.
/// </summary>
public static class FrontierSpec
{
    /// <summary>The points of <paramref name="text"/>, or a problem saying why it is not a frontier.</summary>
    public static string? TryParse(string text, out double[] points)
    {
        points = [];
        string[] colon = text.Split(':');
        string[] range = colon[0].Split("..");
        if (colon.Length != 2 || range.Length != 2
            || !double.TryParse(range[0], NumberStyles.Float, CultureInfo.InvariantCulture, out double g1)
            || !double.TryParse(range[1], NumberStyles.Float, CultureInfo.InvariantCulture, out double g2)
            || !int.TryParse(colon[1], NumberStyles.None, CultureInfo.InvariantCulture, out int k))
        {
            return $"'{text}' is not G1..G2:K (e.g. 1e-6..1e-4:9)";
        }
        if (!(g1 > 0 && g2 > g1 && double.IsFinite(g2))) return "needs 0 < G1 < G2";
        if (k < 2 || k > 50) return "K must be in 2..50";
        points = [.. Enumerable.Range(0, k).Select(i => i == 0 ? g1 : i == k - 1 ? g2 : FourDigits(g1 * Math.Pow(g2 / g1, i / (k - 1.0))))];
        return null;
    }

    private static double FourDigits(double g) => double.Parse(OptimizeStage.RiskAversionText(g), CultureInfo.InvariantCulture);

    /// <summary>The risk aversion exported when only a frontier is given: its middle point.</summary>
    public static double Middle(double[] points) => points[points.Length / 2];
}
