using System.Text.Json;

namespace GpuRisk.Reporting;

/// <summary>
/// The rebalance thresholds per underlying and regime that a vault operator pastes from
/// (thresholds.json), the schedule of each underlying whose bands change over the horizon, and a bar chart
/// of band and reset per regime for each underlying.
/// </summary>
internal static class ThresholdsSection
{
    /// <summary>The number columns: thresholds.json field and header with unit.</summary>
    private static readonly (string Field, string Header)[] Columns =
    [
        ("band", "Band h (coins)"), ("reset", "Reset r (coins)"), ("bandPctGrossDelta", "Band (% of gross delta)"),
        ("minTrade", "Min trade (coins)"), ("cooldownHours", "Cooldown (hours)"), ("tradesPerDay", "Trades per day"),
        ("expectedCostPerDay", "Expected cost (USD per day)"), ("hedgeErrorSdPerDay", "Hedge error sd (USD per day)"),
    ];

    /// <summary>Writes the thresholds of <paramref name="run"/>.</summary>
    public static void Write(RunFolder run, ReportHtml html)
    {
        if (!html.Has(run.Thresholds)) return;
        var rows = run.Thresholds.Root.Items("underlyings")
            .SelectMany(u => u.Items("regimes").Select(r => (Underlying: u.Text("underlying") ?? "?", Regime: r.Text("regime") ?? "?", Figures: r)))
            .ToArray();
        if (rows.Length == 0)
        {
            html.Note("not-run", "thresholds.json holds no bands.");
            return;
        }
        int[] decimals = Columns.Select(c => ReportFormat.ColumnDecimals(rows.Select(r => r.Figures.Number(c.Field)))).ToArray();
        var table = new ReportTable([("Underlying", false), ("Regime", false), .. Columns.Select(c => (c.Header, true))]);
        foreach ((string underlying, string regime, JsonElement? r) in rows)
        {
            table.Row([underlying, regime, .. Columns.Select((c, i) => ReportFormat.Fixed(r.Number(c.Field), decimals[i]))]);
        }
        html.Note("caption", "Do nothing while the hedge is within h of the book's target delta; otherwise trade to r from the target " +
            "(r = h: to the band's edge, r = 0: to the target). Bands as they stand at the valuation time.");
        html.Table(table);
        foreach (var underlying in rows.GroupBy(r => r.Underlying))
        {
            if (ThresholdScheduleTable.For([.. underlying.Select(r => (r.Regime, r.Figures))]) is not { } schedule) continue;
            html.Note("caption", $"{underlying.Key}: the bands over the horizon, each in force from its start (hours from the valuation time) to the next.");
            html.Table(schedule);
        }
        html.Figures(() =>
        {
            foreach (var underlying in rows.GroupBy(r => r.Underlying))
            {
                RegimeThreshold[] bars = underlying
                    .Where(r => r.Figures.Number("band") is not null && r.Figures.Number("reset") is not null)
                    .Select(r => new RegimeThreshold(r.Regime, r.Figures.Number("band")!.Value, r.Figures.Number("reset")!.Value))
                    .ToArray();
                if (bars.Length > 0) html.Picture(ThresholdsChart.Png(underlying.Key, bars), $"{underlying.Key}: band h and reset r per regime (coins)");
            }
        });
    }
}
