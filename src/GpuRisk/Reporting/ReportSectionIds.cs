namespace GpuRisk.Reporting;

/// <summary>
/// The id attribute of each section of <c>report.html</c>: stable, so a test, a browser check or a link
/// (<c>report.html#frontier</c>) can find a section.
/// </summary>
public static class ReportSectionIds
{
    /// <summary>Headline figures, with the five headline parts below it.</summary>
    public const string Headline = "headline";

    /// <summary>Book value, analytic and Monte Carlo (summary.json).</summary>
    public const string Valuation = "headline-valuation";

    /// <summary>VaR and ES per horizon and level (var.json).</summary>
    public const string Var = "headline-var";

    /// <summary>The worst stress cell (risk_matrix.json).</summary>
    public const string Stress = "headline-stress";

    /// <summary>Rebalancing policies side by side (backtest.json).</summary>
    public const string Backtest = "headline-backtest";

    /// <summary>The optimizer's headline (thresholds.json, and its out-of-sample proof in backtest.json).</summary>
    public const string Optimizer = "headline-optimize";

    /// <summary>P&amp;L histograms per horizon.</summary>
    public const string Histograms = "pnl-histograms";

    /// <summary>The risk-matrix heat map.</summary>
    public const string RiskMatrix = "risk-matrix";

    /// <summary>The cost/risk frontier.</summary>
    public const string Frontier = "frontier";

    /// <summary>Rebalance thresholds per regime.</summary>
    public const string Thresholds = "thresholds";

    /// <summary>The run manifest.</summary>
    public const string Manifest = "manifest";

    /// <summary>Every id, in page order.</summary>
    public static IReadOnlyList<string> All { get; } =
        [Headline, Valuation, Var, Stress, Backtest, Optimizer, Histograms, RiskMatrix, Frontier, Thresholds, Manifest];
}
