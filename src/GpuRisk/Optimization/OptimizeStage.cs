using System.Globalization;
using GpuRisk.Books;
using GpuRisk.Devices;
using GpuRisk.Hedging;
using GpuRisk.Horizon;
using GpuRisk.Markets;
using GpuRisk.Pricing;
using GpuRisk.Pricing.Analytic;

namespace GpuRisk.Optimization;

/// <summary>
/// The <c>optimize</c> stage: estimate how the book's hedge target moves per check in each regime and time bucket from
/// device paths (<see cref="TransitionLawEstimator"/>, <see cref="CheckBuckets"/>), solve the dynamic program for a band
/// and a reset per underlying, regime and bucket at each risk aversion (<see cref="ThresholdsExport"/>), then prove the
/// bands on fresh paths through the backtest beside the baselines users run today and a family of fixed bands.
/// </summary>
public static class OptimizeStage
{
    /// <summary>A risk aversion as policy names and logs write it: 4 significant digits, "1e-5", "1.778e-6".</summary>
    public static string RiskAversionText(double g) => g.ToString("0.###e+0", CultureInfo.InvariantCulture);

    /// <summary>The baselines the proof runs beside the optimizer's bands (ww and zakamouline at the chosen G).</summary>
    public static string[] Baselines(double chosen)
    {
        string g = RiskAversionText(chosen);
        return ["band:5%", "time:1h", "time:8h", "time:24h", $"ww:gamma={g}", $"zakamouline:gamma={g}", "time-or-band:24h,5%,min=0.05,cooldown=1h"];
    }

    /// <summary>The fixed-band family the cost saving at equal error is interpolated along, in % of gross delta.</summary>
    public static readonly double[] BandFamilyPercent = [0.5, 1, 2, 3, 5, 7.5, 10, 15, 20, 30];

    /// <summary>
    /// The name of the optimizer's bands at risk aversion <paramref name="g"/> in the proof and the frontier: the exported
    /// ones are <c>thresholds:thresholds.json</c>, what a vault re-runs them as; the rest of the frontier <c>dp:gamma=G</c>.
    /// </summary>
    public static string DpName(double g, double chosen) =>
        g == chosen ? $"thresholds:{OptimizeOutputs.Thresholds}" : $"dp:gamma={RiskAversionText(g)}";

    /// <summary>Estimates the transition law per time bucket on the settings' estimation paths.</summary>
    public static TransitionLawEstimator Estimate(DeviceSession session, Book book, MarketSnapshot market, OptimizeSettings settings,
        out IReadOnlyList<int> slotUnderlyings, CancellationToken cancel = default)
    {
        using var run = new HorizonRun(session, book, market, CheckYears(settings), settings.Estimation);
        slotUnderlyings = run.SlotUnderlyings;
        TransitionLawEstimator estimator = EmptyEstimator(book, market, settings);
        run.Run(series => estimator.Add(series, run.ObservationYears), cancel);
        return estimator;
    }

    /// <summary>An estimator with no paths yet, shaped as <see cref="Estimate"/> makes it (what a merge fills from shards).</summary>
    public static TransitionLawEstimator EmptyEstimator(Book book, MarketSnapshot market, OptimizeSettings settings) =>
        new(HorizonRun.SlotsOf(book, market).Length, market.Regimes.Count, CheckBuckets.For(book, market, [0.0, .. CheckYears(settings)]));

    private static double[] CheckYears(OptimizeSettings settings) =>
        new BacktestSettings([new PolicySpec("none", PolicyKind.None)], settings.Horizon, settings.Check, settings.Estimation).CheckYears();

    /// <summary>Runs the whole stage.</summary>
    public static OptimizeResult Run(DeviceSession session, Book book, MarketSnapshot market, OptimizeSettings settings,
        CancellationToken cancel = default)
    {
        settings.Validate();
        TransitionLawEstimator estimator = Estimate(session, book, market, settings, out IReadOnlyList<int> slots, cancel);
        return Finish(session, book, market, settings, estimator, slots, cancel);
    }

    /// <summary>From estimated laws on: the dynamic program at every risk aversion, the proof, the verdict (what a merge step runs).</summary>
    public static OptimizeResult Finish(DeviceSession session, Book book, MarketSnapshot market, OptimizeSettings settings,
        TransitionLawEstimator estimator, IReadOnlyList<int> slotUnderlyings, CancellationToken cancel = default)
    {
        BookValuation today = new AnalyticBookPricer().Price(book, market);
        double[] grossDelta = [.. slotUnderlyings.Select(u => today.Positions
            .Where(p => p.Underlying == market.Underlyings[u].Name).Sum(p => Math.Abs(p.Figures.Delta)))];
        var documents = new Dictionary<string, ThresholdsDocument>();
        double cells = 0, seconds = 0;
        foreach (double g in settings.RiskAversions.Append(settings.Chosen).Distinct())
        {
            var entries = new List<ThresholdEntry>();
            for (int s = 0; s < slotUnderlyings.Count; s++)
            {
                if (grossDelta[s] == 0) continue;
                entries.AddRange(ThresholdsExport.Entries(estimator, s, market, slotUnderlyings[s], settings.Check, g, grossDelta[s],
                    out DpThroughput throughput));
                cells += throughput.Cells;
                seconds += throughput.Seconds;
            }
            documents[DpName(g, settings.Chosen)] = new ThresholdsDocument(g, settings.Check.Text, entries);
        }

        string[] dp = [.. settings.RiskAversions.Append(settings.Chosen).Distinct().Select(g => DpName(g, settings.Chosen))];
        string[] baselines = Baselines(settings.Chosen);
        string[] family = [.. BandFamilyPercent.Select(x => $"band:{x.ToString(CultureInfo.InvariantCulture)}%")];
        PolicySpec[] policies =
        [
            .. dp.Select(name => new PolicySpec(name, PolicyKind.Thresholds, ThresholdsFile: name)),
            .. baselines.Concat(family).Distinct().Select(PolicyParser.Parse),
        ];
        var proofSettings = new BacktestSettings(policies, settings.Horizon, settings.Check,
            settings.Estimation with { Paths = settings.ProofPaths, Seed = settings.ProofSeed, PathStart = 0, PathEnd = -1 }, settings.GapLimitUsd);
        BacktestState proof = BacktestStage.Run(session, book, market, proofSettings, cancel, thresholds: documents);
        IReadOnlyList<PolicyResult> results = proof.Finish();
        double days = settings.Horizon.Days;
        FrontierRow Row(PolicyResult r, string kind, double? g) => new()
        {
            Kind = kind, Policy = r.Policy, RiskAversion = g,
            CostPerDay = r.Cost.Mean / days, CostPerDayStderr = r.Cost.MeanStderr / days,
            ErrorSdPerDay = r.HedgeError.Sd / Math.Sqrt(days), ErrorSdPerDayStderr = r.HedgeError.SdStderr / Math.Sqrt(days),
            TradesPerDay = r.TradesPerDay.Value, TradesPerDayStderr = r.TradesPerDay.Stderr,
        };
        var frontier = new List<FrontierRow>();
        foreach (PolicyResult r in results)
        {
            string kind = dp.Contains(r.Policy) ? "dp" : baselines.Contains(r.Policy) ? "baseline" : "band";
            frontier.Add(Row(r, kind, kind == "dp" ? documents[r.Policy].RiskAversion : null));
        }
        FrontierRow chosen = frontier.First(f => f.Policy == DpName(settings.Chosen, settings.Chosen));
        ProofSummary summary = Verdict(chosen, frontier.Where(f => f.Kind == "baseline").ToList(), frontier.Where(f => f.Kind == "band").ToList());
        return new OptimizeResult(settings, documents[DpName(settings.Chosen, settings.Chosen)], frontier, proof, results, summary,
            seconds > 0 ? cells / seconds : 0.0);
    }

    /// <summary>
    /// Dominated when a baseline has both a lower cost and a lower error sd, each beyond two combined standard errors;
    /// the saving is the fixed-band family's cost interpolated (linearly in error sd) at the chosen bands' error sd.
    /// </summary>
    private static ProofSummary Verdict(FrontierRow chosen, List<FrontierRow> baselines, List<FrontierRow> family)
    {
        static bool Below(double a, double ae, double b, double be) => a < b - 2 * Math.Sqrt(ae * ae + be * be);
        string[] dominatedBy = [.. baselines.Where(b =>
            Below(b.CostPerDay, b.CostPerDayStderr, chosen.CostPerDay, chosen.CostPerDayStderr)
            && Below(b.ErrorSdPerDay, b.ErrorSdPerDayStderr, chosen.ErrorSdPerDay, chosen.ErrorSdPerDayStderr)).Select(b => b.Policy)];
        FrontierRow[] sorted = [.. family.OrderBy(f => f.ErrorSdPerDay)];
        for (int i = 0; i + 1 < sorted.Length; i++)
        {
            FrontierRow lo = sorted[i], hi = sorted[i + 1];
            if (chosen.ErrorSdPerDay < lo.ErrorSdPerDay || chosen.ErrorSdPerDay > hi.ErrorSdPerDay) continue;
            double w = hi.ErrorSdPerDay > lo.ErrorSdPerDay ? (chosen.ErrorSdPerDay - lo.ErrorSdPerDay) / (hi.ErrorSdPerDay - lo.ErrorSdPerDay) : 0.0;
            double cost = lo.CostPerDay + w * (hi.CostPerDay - lo.CostPerDay);
            double costError = Math.Sqrt(Math.Pow((1 - w) * lo.CostPerDayStderr, 2) + Math.Pow(w * hi.CostPerDayStderr, 2));
            return new ProofSummary(dominatedBy, cost - chosen.CostPerDay, Math.Sqrt(costError * costError + chosen.CostPerDayStderr * chosen.CostPerDayStderr),
                $"{lo.Policy} .. {hi.Policy}");
        }
        return new ProofSummary(dominatedBy, null, null, null);
    }
}
