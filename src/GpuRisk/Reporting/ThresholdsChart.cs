using ScottPlot;

namespace GpuRisk.Reporting;

/// <summary>
/// One underlying's rebalance thresholds per regime as grouped bars (ScottPlot): band half-width h and
/// reset distance r side by side for each regime, in coins, each bar labelled with its value. One chart
/// per underlying, because bands of different underlyings differ by orders of magnitude in coins.
/// </summary>
public static class ThresholdsChart
{
    /// <summary>Picture size in pixels.</summary>
    public const int Width = 560, Height = 340;

    private static readonly Color BandColor = Color.FromHex("#4c72b0"), ResetColor = Color.FromHex("#dd8452");

    /// <summary>The chart of <paramref name="regimes"/> for <paramref name="underlying"/>.</summary>
    public static Plot Render(string underlying, IReadOnlyList<RegimeThreshold> regimes)
    {
        var plot = new Plot();
        // Each regime takes three slots: band, reset, a gap before the next regime.
        var bands = plot.Add.Bars(regimes.Select((r, i) => Bar(3 * i, r.BandCoins, BandColor)).ToArray());
        bands.LegendText = "band h";
        var resets = plot.Add.Bars(regimes.Select((r, i) => Bar(3 * i + 1, r.ResetCoins, ResetColor)).ToArray());
        resets.LegendText = "reset r";
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            regimes.Select((_, i) => 3 * i + 0.5).ToArray(), regimes.Select(r => r.Regime).ToArray());
        double top = regimes.Select(r => Math.Max(r.BandCoins, r.ResetCoins)).DefaultIfEmpty(1).Max();
        plot.Axes.SetLimits(-1, 3 * regimes.Count - 1, 0, 1.2 * (top > 0 ? top : 1));
        plot.ShowLegend(Alignment.UpperLeft);
        plot.Title($"{underlying}: no-trade band and reset per regime");
        plot.YLabel($"coins of {underlying}");
        return plot;
    }

    /// <summary>The chart as PNG bytes, <see cref="Width"/> x <see cref="Height"/> pixels.</summary>
    public static byte[] Png(string underlying, IReadOnlyList<RegimeThreshold> regimes) =>
        Render(underlying, regimes).GetImageBytes(Width, Height, ImageFormat.Png);

    private static Bar Bar(double position, double coins, Color color) => new()
    {
        Position = position, Value = coins, FillColor = color, Label = ReportFormat.Number(coins),
    };
}
