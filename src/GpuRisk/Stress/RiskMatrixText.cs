using System.Globalization;
using System.Text;

namespace GpuRisk.Stress;

/// <summary>
/// The risk matrix as plain text: for one target, value change in USD with vol shocks down the side and
/// spot shocks across, then the worst cell; a Monte Carlo cell with its standard error.
/// </summary>
public static class RiskMatrixText
{
    /// <summary>The table of <paramref name="underlying"/> ("ALL" by default).</summary>
    public static string Render(StressResult result, string underlying = StressResult.All)
    {
        RiskMatrixLayout m = RiskMatrixLayout.Of(result, underlying);
        var inv = CultureInfo.InvariantCulture;
        var header = new List<string> { "vol \\ spot" };
        header.AddRange(m.SpotShocks.Select(s => s.ToString("+0.##%;-0.##%;0%", inv)));
        var lines = new List<string[]> { header.ToArray() };
        for (int v = 0; v < m.VolShocks.Length; v++)
        {
            var row = new List<string> { m.VolShocks[v].ToString("+0.####;-0.####;0", inv) };
            for (int s = 0; s < m.SpotShocks.Length; s++)
            {
                row.Add(m.Cells[v, s] is { } c ? Change(c) : "");
            }
            lines.Add(row.ToArray());
        }
        int[] width = Enumerable.Range(0, header.Count).Select(i => lines.Max(l => l[i].Length)).ToArray();
        var sb = new StringBuilder();
        sb.AppendLine($"Value change (USD{(result.Worst.Errors is null ? "" : ", ± one standard error")}), shocked: {underlying}");
        foreach (string[] line in lines)
        {
            sb.AppendLine(string.Join("  ", line.Select((t, i) => t.PadLeft(width[i]))));
        }
        StressCell w = result.Worst;
        sb.AppendLine($"Worst: {Describe(w)}");
        foreach (IGrouping<string, ExpiryVolShift> u in result.WorstVolShifts.GroupBy(s => s.Underlying))
        {
            int floored = u.Count(s => s.Shift.Floored);
            string note = floored == 0 ? ""
                : $" ({floored} floored from {Range(u.Select(s => s.Shift.Scaled))}: a down shock at most halves a vol)";
            sb.AppendLine($"  vol shift applied to {u.Key}: {Range(u.Select(s => s.Shift.Applied))} over {u.Count()} {(u.Count() == 1 ? "expiry" : "expiries")}{note}");
        }
        return sb.ToString();
    }

    /// <summary>"BTC spot +500% vol +0.45: -6,503,577 USD": where a cell is and its value change (± its stderr for Monte Carlo).</summary>
    public static string Describe(StressCell c) => string.Create(CultureInfo.InvariantCulture,
        $"{c.Underlying} spot {c.SpotShock:+0.##%;-0.##%;0%} vol {c.VolShock:+0.####;-0.####;0}: {Change(c)} USD");

    /// <summary>A cell's value change, with its standard error when it is a Monte Carlo cell.</summary>
    private static string Change(StressCell c) => c.Errors is { } e
        ? string.Create(CultureInfo.InvariantCulture, $"{c.Total.ValueChange:N0} ± {e.ValueChange:N0}")
        : c.Total.ValueChange.ToString("N0", CultureInfo.InvariantCulture);

    private static string Range(IEnumerable<double> shifts)
    {
        double lo = shifts.Min(), hi = shifts.Max();
        string Text(double x) => x.ToString("+0.####;-0.####;0", CultureInfo.InvariantCulture);
        return lo == hi ? Text(lo) : $"{Text(lo)} to {Text(hi)}";
    }
}
