using GpuRisk.Kernels.Payoffs;

namespace GpuRisk.MonteCarlo;

/// <summary>
/// Book parts in the device's terms (<see cref="BookPartValues"/>): each term's option, and its base option
/// negated, becomes a kink of weight c = quantity x spot x e^(-rT) at strike K / spot in its expiry group's X.
/// Equal kinks (same group, strike and right) merge by adding their weights, so an option paired with itself
/// cancels exactly and the part is exactly zero on every path; zero weights drop out. Per (part, group) the kinks
/// are sorted, with running sums from the left for calls and from the right for puts.
/// </summary>
internal static class PartSegmentBuilder
{
    /// <summary>The device form of <paramref name="job"/>'s parts.</summary>
    /// <param name="groupOf">Per job option: its expiry group.</param>
    /// <returns>Segments sorted by part then group; their kink entries; per job part its device part, or -1 when nothing is left of it.</returns>
    public static (PartSegment[] Segments, KinkPrefix[] Kinks, int[] DevicePartOf, int DeviceParts) Build(
        SimulationJob job, int[] groupOf, double rate)
    {
        var segments = new List<PartSegment>();
        var kinks = new List<KinkPrefix>();
        var devicePartOf = new int[job.Parts.Count];
        int deviceParts = 0;
        for (int p = 0; p < job.Parts.Count; p++)
        {
            var weights = new Dictionary<(int Group, double Strike, bool Put), double>();
            foreach (BookTerm t in job.Parts[p])
            {
                AddKink(weights, job.Options[t.Option], groupOf[t.Option], t.Quantity, rate);
                if (t.BaseOption >= 0) AddKink(weights, job.Options[t.BaseOption], groupOf[t.BaseOption], -t.BaseQuantity, rate);
            }
            int part = deviceParts;
            foreach (var group in weights.Where(w => w.Value != 0.0).GroupBy(w => w.Key.Group).OrderBy(g => g.Key))
            {
                var byStrike = group.GroupBy(w => w.Key.Strike).OrderBy(s => s.Key)
                    .Select(s => (Strike: s.Key, Call: s.Where(w => !w.Key.Put).Sum(w => w.Value), Put: s.Where(w => w.Key.Put).Sum(w => w.Value)))
                    .ToArray();
                segments.Add(new PartSegment { Part = part, Group = group.Key, First = kinks.Count, Kinks = byStrike.Length });
                kinks.AddRange(Prefixes(byStrike));
            }
            devicePartOf[p] = segments.Count > 0 && segments[^1].Part == part ? deviceParts++ : -1;
        }
        return ([.. segments], [.. kinks], devicePartOf, deviceParts);
    }

    private static void AddKink(Dictionary<(int, double, bool), double> weights, OptionJob o, int group, double quantity, double rate)
    {
        var key = (group, o.Strike / o.Spot, o.IsPut);
        weights[key] = weights.GetValueOrDefault(key) + quantity * o.Spot * Math.Exp(-rate * o.ExpiryYears);
    }

    /// <summary>Entries 0..m of m sorted kinks: calls summed over kinks below j, puts over kinks from j on.</summary>
    private static KinkPrefix[] Prefixes((double Strike, double Call, double Put)[] byStrike)
    {
        int m = byStrike.Length;
        var entries = new KinkPrefix[m + 1];
        entries[m].Strike = double.PositiveInfinity;
        for (int j = 1; j <= m; j++)
        {
            var (strike, call, _) = byStrike[j - 1];
            entries[j].CallSlope = entries[j - 1].CallSlope + call;
            entries[j].CallOffset = entries[j - 1].CallOffset + call * strike;
        }
        for (int j = m - 1; j >= 0; j--)
        {
            var (strike, _, put) = byStrike[j];
            entries[j].Strike = strike;
            entries[j].PutSlope = entries[j + 1].PutSlope + put;
            entries[j].PutOffset = entries[j + 1].PutOffset + put * strike;
        }
        return entries;
    }
}
