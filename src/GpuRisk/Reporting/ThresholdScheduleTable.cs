using System.Text.Json;

namespace GpuRisk.Reporting;

/// <summary>
/// How one underlying's bands move over the horizon (thresholds.json's <c>schedule</c>): per regime its band h and
/// reset r in force from each step's start, one column per start, so the steps read side by side.
/// </summary>
internal static class ThresholdScheduleTable
{
    /// <summary>The table of <paramref name="regimes"/> (name and thresholds.json object), or null when none has a schedule.</summary>
    public static ReportTable? For(IReadOnlyList<(string Regime, JsonElement? Figures)> regimes)
    {
        (string Regime, Step[] Steps)[] rows = [.. regimes.Select(r => (r.Regime, Steps(r.Figures)))];
        if (rows.All(r => r.Steps.Length <= 1)) return null;
        double[] starts = [.. rows.SelectMany(r => r.Steps).Select(s => s.FromHours).Distinct().Order()];
        int decimals = ReportFormat.ColumnDecimals(rows.SelectMany(r => r.Steps).SelectMany(s => new[] { s.Band, s.Reset }));
        var table = new ReportTable([("Regime", false), ("Coins", false), .. starts.Select(h => ($"from {ReportFormat.Number(h)} h", true))])
        {
            Compact = true,
        };
        foreach ((string regime, Step[] steps) in rows)
        {
            // A regime without a schedule keeps its one band throughout; a start before a regime's first step has none.
            Step? At(double hours) => steps.LastOrDefault(s => s.FromHours <= hours);
            table.Row([regime, "band h", .. starts.Select(h => ReportFormat.Fixed(At(h)?.Band, decimals))]);
            table.Row(["", "reset r", .. starts.Select(h => ReportFormat.Fixed(At(h)?.Reset, decimals))]);
        }
        return table;
    }

    private sealed record Step(double FromHours, double? Band, double? Reset);

    /// <summary>A regime's steps in file order: its schedule, or its own band and reset from 0.</summary>
    private static Step[] Steps(JsonElement? regime)
    {
        Step[] schedule = [.. regime.Items("schedule").Select(s => new Step(s.Number("fromHours") ?? double.NaN, s.Number("band"), s.Number("reset")))
            .Where(s => double.IsFinite(s.FromHours))];
        return schedule.Length > 0 ? schedule : [new Step(0.0, regime.Number("band"), regime.Number("reset"))];
    }
}
