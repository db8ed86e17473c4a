using System.Numerics;
using GpuRisk.Kernels.Paths;
using GpuRisk.Kernels.Payoffs;

namespace GpuRisk.MonteCarlo;

/// <summary>
/// A <see cref="SimulationJob"/> in the device's terms: the walk, its expiry groups (one per distinct slot and
/// expiry step, in walk order), the options' kernel specs sorted by group (a group's options read the same
/// records) and the book parts as piecewise-linear segments.
/// </summary>
internal sealed class SettlementPlan<T> where T : unmanaged, INumber<T>
{
    private SettlementPlan(WalkPlan walk, ExpiryGroup[] groups, OptionSpec<T>[] specs, int[] specOf, PartSegment[] segments,
        KinkPrefix[] kinks, int[] devicePartOf, int deviceParts, int recordFields)
    {
        Walk = walk;
        Groups = groups;
        Specs = specs;
        SpecOf = specOf;
        Segments = segments;
        Kinks = kinks;
        DevicePartOf = devicePartOf;
        DeviceParts = deviceParts;
        RecordFields = recordFields;
    }

    /// <summary>What is walked: one slot per job slot, with Greeks the five coefficient and three state variants.</summary>
    public WalkPlan Walk { get; }

    /// <summary>The expiry groups, sorted by expiry step.</summary>
    public ExpiryGroup[] Groups { get; }

    /// <summary>Kernel specs of the options, sorted by group.</summary>
    public OptionSpec<T>[] Specs { get; }

    /// <summary>Per job option: the index of its spec.</summary>
    public int[] SpecOf { get; }

    /// <summary>The parts' segments (<see cref="PartSegmentBuilder"/>), sorted by device part.</summary>
    public PartSegment[] Segments { get; }

    /// <summary>The segments' kink entries.</summary>
    public KinkPrefix[] Kinks { get; }

    /// <summary>Per job part: its device part, or -1 when nothing is left of it (its estimate is exactly zero).</summary>
    public int[] DevicePartOf { get; }

    /// <summary>Parts with at least one segment.</summary>
    public int DeviceParts { get; }

    /// <summary>Record fields per (group, path): <see cref="ExpiryRecordField.GreekCount"/> or <see cref="ExpiryRecordField.ValueCount"/>.</summary>
    public int RecordFields { get; }

    /// <summary>The plan of <paramref name="job"/> (validated) on a grid of <paramref name="stepsPerDay"/> steps per day.</summary>
    /// <param name="cholesky">Lower Cholesky factor of the market's spot correlation (rows up to the largest stream at least).</param>
    public static SettlementPlan<T> Build(SimulationJob job, double[][] cholesky, double rate, int stepsPerDay)
    {
        IReadOnlyList<OptionJob> options = job.Options;
        TimeGrid grid = TimeGrid.Build(options.Select(o => o.ExpiryYears), stepsPerDay);
        bool greeks = options.Any(o => o.Greeks);
        (int Step, int Slot)[] keys = [.. options.Select(o => (grid.StepEndingAt(o.ExpiryYears), o.Slot))];
        ExpiryGroup[] groups = [.. keys.Distinct().OrderBy(k => k.Step).ThenBy(k => k.Slot)
            .Select(k => new ExpiryGroup { Slot = k.Slot, ExpiryStep = k.Step })];
        var groupOf = new Dictionary<(int Step, int Slot), int>();
        for (int g = 0; g < groups.Length; g++) groupOf.Add((groups[g].ExpiryStep, groups[g].Slot), g);

        int[] order = [.. Enumerable.Range(0, options.Count).OrderBy(i => groupOf[keys[i]]).ThenBy(i => i)];
        var specs = new OptionSpec<T>[order.Length];
        var specOf = new int[order.Length];
        for (int k = 0; k < order.Length; k++)
        {
            OptionJob o = options[order[k]];
            specOf[order[k]] = k;
            int step = keys[order[k]].Step;
            double eps = PricingSimulation.ThetaBumpFraction * grid.Dt(step);
            double strike = o.Strike / o.Spot;
            specs[k] = new OptionSpec<T>
            {
                Group = groupOf[keys[order[k]]],
                Greeks = o.Greeks ? 1 : 0,
                IsPut = o.IsPut ? 1 : 0,
                Strike = T.CreateChecked(strike),
                LogStrike = T.CreateChecked(Math.Log(strike)),
                Discount = T.CreateChecked(Math.Exp(-rate * o.ExpiryYears)),
                DiscountLater = T.CreateChecked(Math.Exp(-rate * (o.ExpiryYears + eps))),
                DiscountEarlier = T.CreateChecked(Math.Exp(-rate * (o.ExpiryYears - eps))),
                ThetaScale = T.CreateChecked(1.0 / (2.0 * eps * 365.0)),
            };
        }

        int[] groupOfOption = [.. keys.Select(k => groupOf[k])];
        var (segments, kinks, devicePartOf, deviceParts) = PartSegmentBuilder.Build(job, groupOfOption, rate);

        WalkPlan walk = WalkOf(job.Slots, cholesky, grid, groups, greeks);
        int fields = greeks ? ExpiryRecordField.GreekCount : ExpiryRecordField.ValueCount;
        return new SettlementPlan<T>(walk, groups, specs, specOf, segments, kinks, devicePartOf, deviceParts, fields);
    }

    /// <summary>Each slot walked to its last expiry; with Greeks, the variants of <see cref="CoefficientVariant"/>; every group's step observed.</summary>
    private static WalkPlan WalkOf(IReadOnlyList<PricingSlot> slots, double[][] cholesky, TimeGrid grid, ExpiryGroup[] groups, bool greeks)
    {
        var lastStep = new int[slots.Count];
        Array.Fill(lastStep, -1);
        var observed = new bool[grid.Steps];
        foreach (ExpiryGroup g in groups)
        {
            lastStep[g.Slot] = Math.Max(lastStep[g.Slot], g.ExpiryStep);
            observed[g.ExpiryStep] = true;
        }
        WalkSlot[] walkSlots = [.. slots.Select((s, i) => new WalkSlot(s.Stream, [s.Model], lastStep[i]))];
        int streams = slots.Max(s => s.Stream) + 1;
        CoefficientVariantSpec[] variants = greeks
            ?
            [
                CoefficientVariantSpec.Base, new(PricingSimulation.VegaBump, 1.0), new(-PricingSimulation.VegaBump, 1.0),
                new(0.0, 1.0 + PricingSimulation.ThetaBumpFraction), new(0.0, 1.0 - PricingSimulation.ThetaBumpFraction),
            ]
            : [CoefficientVariantSpec.Base];
        return new WalkPlan(grid, groups[^1].ExpiryStep + 1, walkSlots, cholesky.Take(streams).ToArray(),
            [[1.0]], 0, variants, greeks ? CoefficientVariant.StateCount : 1, observed);
    }
}
