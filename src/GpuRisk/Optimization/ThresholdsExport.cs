using GpuRisk.Config;
using GpuRisk.Hedging;
using GpuRisk.Markets;

namespace GpuRisk.Optimization;

/// <summary>
/// One underlying's <c>thresholds.json</c> entries at one risk aversion: the dynamic program on the estimated laws,
/// stationary (<see cref="BandOptimizer.Solve"/>) over a horizon of one time bucket, otherwise a schedule per bucket
/// (<see cref="BandOptimizer.Schedule"/>) whose first bucket's bands are the entries' own.
/// </summary>
/// <remarks>
/// <para>
/// The schedule's terminal law is the last bucket's: beyond the horizon the book goes on as it stands at its end (its
/// expired options gone), so the last bucket's bands are the stationary ones of that law. Where the target stands still
/// in the last buckets (no option left after the book's last expiry) nothing moves the mismatch there: those buckets
/// are left out, and the last bucket whose target moves holds its bands to the horizon.
/// </para>
/// <para>
/// A step's figures are its bands' long-run rates under its bucket's law; an entry's figures average its steps' over
/// the horizon, weighted by their checks (cost and trades per day as rates, the error sd through its variance), with
/// the still checks at the end counting as none.
/// </para>
/// </remarks>
public static class ThresholdsExport
{
    /// <summary>The entries, per regime, of market underlying <paramref name="underlying"/> (estimator slot <paramref name="slot"/>).</summary>
    /// <param name="estimator">The laws per regime and time bucket.</param>
    /// <param name="slot">The underlying's slot in <paramref name="estimator"/>.</param>
    /// <param name="market">The market (regimes, costs, depth).</param>
    /// <param name="underlying">The underlying's market index.</param>
    /// <param name="check">How often the hedge is looked at.</param>
    /// <param name="riskAversion">G, 1/USD.</param>
    /// <param name="grossDelta">The book's gross delta on the underlying today, coins (for bandPctGrossDelta), &gt; 0.</param>
    /// <param name="throughput">The dynamic program's cells and time.</param>
    public static IReadOnlyList<ThresholdEntry> Entries(TransitionLawEstimator estimator, int slot, MarketSnapshot market, int underlying,
        Duration check, double riskAversion, double grossDelta, out DpThroughput throughput)
    {
        string name = market.Underlyings[underlying].Name;
        CheckBuckets buckets = estimator.Buckets;
        HedgeBandProblem[] problems = [.. Enumerable.Range(0, buckets.Count)
            .Select(b => estimator.Problem(slot, b, market, underlying, check.Years, riskAversion))];
        // The buckets up to the last in which the target moves: after the book's last expiry it may stand still, and a
        // still law has no stationary band to solve for (holding any mismatch forever costs more than closing it).
        int solved = buckets.Count;
        while (solved > 0 && IsStill(problems[solved - 1])) solved--;
        if (solved == 0)
        {
            // A target that never moves (futures, perps, spot only) needs no band: the starting hedge stays exact.
            throughput = new DpThroughput(0, 0);
            return [.. problems[0].Regimes.Select(r => new ThresholdEntry(name, r.Name, 0, 0, 0, 0, 0, 0, 0, 0))];
        }
        ThresholdStep[][] steps;
        if (solved == 1)
        {
            BandSolution solution = BandOptimizer.Solve(problems[0]);
            throughput = solution.Throughput;
            steps = [.. solution.Regimes.Select(r => new[] { Step(0.0, r.Band, r.Figures.Figures, solution.Grid) })];
        }
        else
        {
            BandSchedule schedule = BandOptimizer.Schedule(problems[solved - 1],
                [.. problems.Take(solved).Select((p, b) => new ScheduleBucket(buckets.Checks(b), p.Regimes))]);
            throughput = schedule.Throughput;
            steps = [.. Enumerable.Range(0, problems[0].Regimes.Count).Select(k => schedule.Buckets.Select(b =>
                Step(Math.Round(b.FirstCheck * check.Hours, 6), b.Bands[k], b.Evaluation.Regimes[k].Figures, schedule.Grid)).ToArray())];
        }
        double[] weight = [.. Enumerable.Range(0, solved).Select(b => (double)buckets.Checks(b) / buckets.Intervals)];
        return [.. steps.Select((regime, k) =>
            Entry(name, problems[0].Regimes[k].Name, grossDelta, Averaged(regime, weight), regime.Length > 1 ? regime : null))];
    }

    private static bool IsStill(HedgeBandProblem problem) => problem.Regimes.All(r => r.TargetIncrement.SecondMomentCoins2 == 0);

    /// <summary>
    /// The first step's thresholds with the steps' figures averaged over the horizon by <paramref name="weight"/>, the
    /// steps' shares of its checks; checks after the last step's bucket, where the target stands still, add nothing.
    /// </summary>
    private static ThresholdStep Averaged(ThresholdStep[] steps, double[] weight) =>
        new(0.0, steps[0].Band, steps[0].Reset, steps[0].MinTrade,
            steps.Select((s, b) => weight[b] * s.ExpectedCostPerDay).Sum(),
            Math.Sqrt(steps.Select((s, b) => weight[b] * s.HedgeErrorSdPerDay * s.HedgeErrorSdPerDay).Sum()),
            steps.Select((s, b) => weight[b] * s.TradesPerDay).Sum());

    /// <summary>A step of <paramref name="band"/> from <paramref name="fromHours"/>, with its figures.</summary>
    private static ThresholdStep Step(double fromHours, RegimeBand band, HedgeFigures figures, MismatchGrid grid)
    {
        // Where never trading is optimal the band is infinite: export the widest mismatch the program weighed.
        double h = double.IsFinite(band.BandCoins) ? band.BandCoins : grid.HalfRangeCoins;
        double r = double.IsFinite(band.ResetCoins) ? band.ResetCoins : h;
        // The program never trades less than h - r (from beyond the band to the reset), so that is the minimum trade it
        // implies.
        return new ThresholdStep(fromHours, h, r, h - r, figures.ExpectedCostPerDayUsd, figures.HedgeErrorSdPerDayUsd, figures.TradesPerDay);
    }

    /// <summary>
    /// The entry of one regime: its thresholds and figures from <paramref name="at"/>; no cooldown, as the program's law
    /// is Markov in the mismatch, so waiting only delays a trade it wants.
    /// </summary>
    private static ThresholdEntry Entry(string underlying, string regime, double grossDelta, ThresholdStep at, ThresholdStep[]? schedule) =>
        new(underlying, regime, at.Band, at.Reset, 100.0 * at.Band / grossDelta, at.MinTrade, 0.0,
            at.ExpectedCostPerDay, at.HedgeErrorSdPerDay, at.TradesPerDay, schedule);
}
