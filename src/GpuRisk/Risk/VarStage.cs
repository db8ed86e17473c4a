using GpuRisk.Books;
using GpuRisk.Devices;
using GpuRisk.Horizon;
using GpuRisk.Kernels.Revaluation;
using GpuRisk.Markets;
using GpuRisk.Pricing.Analytic;
using ILGPU.Runtime;

namespace GpuRisk.Risk;

/// <summary>
/// The <c>var</c> stage: the horizon engine's book values at each horizon become per-path P&amp;L (value at the
/// horizon, expiries paid and their cash accrued, minus value today), accumulated into a mergeable
/// <see cref="VarState"/>; the device revaluation is checked against the analytic engine at the state of each block's
/// largest loss (blocks of <see cref="MomentBlocks.BlockPaths"/> paths, so shards probe the same paths as one run).
/// </summary>
public static class VarStage
{

    /// <summary>Runs the stage over the settings' path range.</summary>
    public static VarState Run(DeviceSession session, Book book, MarketSnapshot market, VarSettings settings,
        CancellationToken cancel = default)
    {
        settings.Validate();
        double[] years = [.. settings.Horizons.Select(h => h.Years)];
        using var run = new HorizonRun(session, book, market, years, settings.Simulation);
        string[] names = [.. run.SlotUnderlyings.Select(u => market.Underlyings[u].Name)];
        double baseValue = new AnalyticBookPricer().Price(book, market).Total.Value;
        var state = new VarState(settings, names, market.Regimes.Names, baseValue);
        var probes = new List<(int Horizon, long Path, ProbeState State)>();
        int slots = names.Length;
        run.Run(series =>
        {
            double[] value = HorizonSeries.Download(series.Value);
            double[] spot = HorizonSeries.Download(series.Spot);
            double[] variance = HorizonSeries.Download(series.Variance);
            int[] regime = series.Regime.GetAsArray1D();
            var parts = new double[slots];
            for (int h = 0; h < years.Length; h++)
            {
                int k = h + 1;
                var worstOfBlock = new Dictionary<long, (double Pnl, int Index)>();
                for (int i = 0; i < series.Count; i++)
                {
                    double pnl = 0;
                    for (int s = 0; s < slots; s++)
                    {
                        parts[s] = value[series.At(k, s, i)] - value[series.At(0, s, i)];
                        pnl += parts[s];
                    }
                    long path = series.PathStart + i;
                    state.Horizons[h].Add(path, parts, regime[k * series.Capacity + i]);
                    long block = path / MomentBlocks.BlockPaths;
                    if (!worstOfBlock.TryGetValue(block, out var worst) || pnl < worst.Pnl) worstOfBlock[block] = (pnl, i);
                }
                foreach (int i in worstOfBlock.Values.Select(w => w.Index))
                {
                    for (int s = 0; s < slots; s++)
                    {
                        double sp = spot[series.At(k, s, i)];
                        double today = market.Underlyings[run.SlotUnderlyings[s]].Spot;
                        probes.Add((h, series.PathStart + i, new ProbeState(s, k, regime[k * series.Capacity + i], sp,
                            Math.Log(sp / today), variance[series.At(k, s, i)])));
                    }
                }
            }
        }, cancel);
        RevaluationComparison[] compared = RevaluationCheck.Compare(run, market, [.. probes.Select(p => p.State)]);
        for (int h = 0; h < years.Length; h++)
        {
            // The book's error at a path is the sum of its underlyings' errors.
            state.RevaluationErrors[h] = probes.Select((p, i) => (p, i)).Where(x => x.p.Horizon == h)
                .GroupBy(x => x.p.Path, x => compared[x.i].ValueError)
                .Select(g => Math.Abs(g.Sum())).DefaultIfEmpty(0.0).Max();
        }
        return state;
    }
}
