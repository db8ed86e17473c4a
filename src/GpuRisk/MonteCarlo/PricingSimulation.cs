using System.Numerics;
using GpuRisk.Devices;
using GpuRisk.Kernels.Numerics;
using GpuRisk.Kernels.Paths;
using GpuRisk.Kernels.Payoffs;
using GpuRisk.Kernels.Reductions;
using GpuRisk.Pricing;
using ILGPU;
using ILGPU.Runtime;

namespace GpuRisk.MonteCarlo;

/// <summary>
/// Prices options by walking paths once and settling every option on them: per chunk of paths, one walk
/// records each expiry group's per-path figures (<see cref="ExpiryRecorder{T, TMath}"/>), one kernel settles
/// every option against its group's records (<see cref="OptionSettlement"/>), and one values every book part per
/// path (<see cref="BookPartValues"/>), whose moments give the parts' standard errors.
/// </summary>
/// <remarks>
/// A run may be split: <see cref="Simulate"/> sums one range of the paths into a <see cref="PricingState"/>, states of
/// adjacent ranges merge (<see cref="PricingState.Merge"/>), and <see cref="Finish"/> turns the whole run's state into
/// estimates; <see cref="Run"/> does all three for one range holding every path.
/// Memory: the sums are (options x 6 + parts x 2) x <see cref="GreekBatches"/> doubles per <see cref="BlockTree"/>
/// slot, and a range needs <see cref="BlockTreeSums.Depth"/> slots (about log2 of its blocks of 4,096 paths: 5 for
/// 100,000 paths, 8 for a million), whatever the chunk or thread count; the per-chunk records are groups x 7 numbers
/// and parts x 1 double per path, so the chunk is the largest that keeps every buffer within
/// <see cref="MonteCarloSettings.MemoryBudgetBytes"/>. Each (option or part, batch) sum runs over its paths in path
/// order within a block, across chunks, and pairwise across blocks, so results are bit-for-bit independent of the
/// batch size, the memory budget, the launch shape and the shard split, and depend on the device only through its
/// floating-point library.
/// </remarks>
public static class PricingSimulation
{
    /// <summary>
    /// Relative size of the theta bump: the expiry step is lengthened and shortened by this
    /// fraction of its length (a central difference; its O(eps^2) bias is negligible at 10%).
    /// </summary>
    public const double ThetaBumpFraction = 0.1;

    /// <summary>Vega bump on sqrt(v0) and sqrt(theta) (Black-Scholes: vol): one vol point, central.</summary>
    public const double VegaBump = 0.01;

    /// <summary>
    /// Independent batches of paths (path p in batch p mod 32) whose spread gives the Greeks' standard
    /// errors: the Greeks are means of per-path estimators, but vega and theta pair bumped paths, so
    /// batch means are the one estimate of their error that needs no extra per-path moments.
    /// </summary>
    public const int GreekBatches = 32;

    /// <summary>Simulates every path of <paramref name="job"/> on <paramref name="session"/>.</summary>
    /// <param name="cholesky">Lower Cholesky factor of the market's spot correlation (rows up to the largest stream at least).</param>
    /// <exception cref="InvalidOperationException">The memory budget cannot hold the fixed buffers and one path's.</exception>
    public static SimulationResult Run(DeviceSession session, SimulationJob job, double[][] cholesky, double rate,
        MonteCarloSettings settings)
    {
        var (state, memory) = Sum(session, job, cholesky, rate, settings, 0, settings.Paths);
        return Finish(job, state, session.Name, memory);
    }

    /// <summary>
    /// Sums paths [<paramref name="pathStart"/>, <paramref name="pathEnd"/>) of <paramref name="job"/>'s run of
    /// <see cref="MonteCarloSettings.Paths"/> paths (a shard's share): the same paths, with the same numbers, as a
    /// run over every path simulates there.
    /// </summary>
    /// <param name="pathStart">First path, a multiple of <see cref="BlockTree.BlockPaths"/> unless the range is empty (see <see cref="Config.ShardSpec.Range"/>).</param>
    /// <param name="pathEnd">One past the last path, at most <see cref="MonteCarloSettings.Paths"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">The range is not a block-aligned range of the run's paths.</exception>
    /// <exception cref="InvalidOperationException">The memory budget cannot hold the fixed buffers and one path's.</exception>
    public static PricingState Simulate(DeviceSession session, SimulationJob job, double[][] cholesky, double rate,
        MonteCarloSettings settings, long pathStart, long pathEnd) =>
        Sum(session, job, cholesky, rate, settings, pathStart, pathEnd).State;

    /// <summary>The estimates of a state that holds every path of <paramref name="job"/>'s run, in the job's order.</summary>
    /// <param name="device">The device named in the result.</param>
    /// <param name="memory">The memory the simulation allocated (default when the state was merged from shards: the merge simulates nothing).</param>
    /// <exception cref="ArgumentException">The state does not hold every path of the run, or holds another job's sums.</exception>
    public static SimulationResult Finish(SimulationJob job, PricingState state, string device, SimulationMemory memory = default)
    {
        if (state.PathStart != 0 || state.PathEnd != state.Paths)
        {
            throw new ArgumentException($"the state holds paths [{state.PathStart}, {state.PathEnd}) of a {state.Paths}-path run, not all of them", nameof(state));
        }
        if (state.Options.Entries != PricingState.OptionEntries(job.Options.Count) || state.Parts.Entries != PricingState.PartEntries(job.Parts.Count))
        {
            throw new ArgumentException($"the state's {state.Options.Entries} option and {state.Parts.Entries} part sums are not those of a job of "
                                        + $"{job.Options.Count} options and {job.Parts.Count} parts", nameof(state));
        }
        return Estimate(job, state.Options.Totals(), state.Parts.Totals(), state.Paths, device, memory);
    }

    private static (PricingState State, SimulationMemory Memory) Sum(DeviceSession session, SimulationJob job, double[][] cholesky,
        double rate, MonteCarloSettings settings, long pathStart, long pathEnd)
    {
        settings.Validate();
        job.Validate();
        if (pathStart < 0 || pathEnd < pathStart || pathEnd > settings.Paths || (pathStart % BlockTree.BlockPaths != 0 && pathEnd > pathStart))
        {
            throw new ArgumentOutOfRangeException(nameof(pathStart),
                $"paths [{pathStart}, {pathEnd}) are not a range of the run's {settings.Paths} paths starting at a multiple of {BlockTree.BlockPaths}");
        }
        if (pathStart == pathEnd) return (PricingState.Empty(settings.Paths, pathStart, job.Options.Count, job.Parts.Count), default);
        return settings.Precision == Precision.Double
            ? Sum<double, DoubleMath>(session, job, cholesky, rate, settings, pathStart, pathEnd)
            : Sum<float, FloatMath>(session, job, cholesky, rate, settings, pathStart, pathEnd);
    }

    private static (PricingState State, SimulationMemory Memory) Sum<T, TMath>(DeviceSession session, SimulationJob job,
        double[][] cholesky, double rate, MonteCarloSettings settings, long pathStart, long pathEnd)
        where T : unmanaged, INumber<T> where TMath : struct, IRealMath<T>
    {
        Accelerator accelerator = session.Accelerator;
        var plan = SettlementPlan<T>.Build(job, cholesky, rate, settings.StepsPerDay);
        long largestChunk = Math.Min(settings.BatchSize, pathEnd - pathStart);
        int launchThreads = (int)Math.Min(PathWalk.LaunchThreadsFor(accelerator), largestChunk);
        int depth = BlockTreeSums.Depth(pathStart, pathEnd);
        var optionTree = new BlockTree { RangeStart = pathStart, RangeEnd = pathEnd, Entries = PricingState.OptionEntries(plan.Specs.Length) };
        var partTree = optionTree with { Entries = PricingState.PartEntries(plan.DeviceParts) };

        using var walk = new WalkBuffers<T>(accelerator, plan.Walk, launchThreads, settings.Seed);
        using var groups = accelerator.Allocate1D(plan.Groups);
        using var options = accelerator.Allocate1D(plan.Specs);
        using var segments = accelerator.Allocate1D(plan.Segments.Length > 0 ? plan.Segments : [default(PartSegment)]);
        using var kinks = accelerator.Allocate1D(plan.Kinks.Length > 0 ? plan.Kinks : [default(KinkPrefix)]);
        using var optionSums = accelerator.Allocate1D<double>(depth * optionTree.Entries);
        using var partSums = accelerator.Allocate1D<double>(Math.Max(1L, depth * partTree.Entries));
        long fixedBytes = walk.Bytes + groups.LengthInBytes + options.LengthInBytes + segments.LengthInBytes + kinks.LengthInBytes
            + optionSums.LengthInBytes + partSums.LengthInBytes;
        long bytesPerPath = (long)plan.Groups.Length * plan.RecordFields * Interop.SizeOf<T>() + sizeof(double) * plan.DeviceParts;
        var memory = SimulationMemory.Plan(fixedBytes, bytesPerPath, settings.MemoryBudgetBytes, largestChunk);
        int chunk = memory.ChunkPaths;
        using var records = accelerator.Allocate1D<T>((long)plan.Groups.Length * plan.RecordFields * chunk);
        using var partValues = plan.DeviceParts > 0 ? accelerator.Allocate1D<double>((long)plan.DeviceParts * chunk) : null;

        var settle = session.Kernels.Get(nameof(OptionSettlement), a => a.LoadAutoGroupedStreamKernel<
            Index1D, ArrayView<OptionSpec<T>>, ArrayView<T>, ArrayView<double>, RecordLayout, BlockTree, int>(OptionSettlement.Kernel<T, TMath>));
        var partKernel = session.Kernels.Get(nameof(BookPartValues), a => a.LoadAutoGroupedStreamKernel<
            Index1D, ArrayView<PartSegment>, ArrayView<KinkPrefix>, ArrayView<T>, ArrayView<double>, RecordLayout, int>(BookPartValues.Kernel<T, TMath>));
        var moments = session.Kernels.Get(nameof(SlotReductions.BookMoments), a =>
            a.LoadAutoGroupedStreamKernel<Index1D, ArrayView<double>, ArrayView<double>, SlotLayout, BlockTree>(SlotReductions.BookMoments));
        int settleThreads = (int)Math.Min(PathWalk.LaunchThreadsFor(accelerator), (long)plan.Specs.Length * GreekBatches);
        for (long start = pathStart; start < pathEnd; start += chunk)
        {
            long end = Math.Min(start + chunk, pathEnd);
            int n = (int)(end - start);
            var layout = new RecordLayout { PathStart = start, Paths = n, Batches = GreekBatches, Fields = plan.RecordFields };
            var recorder = new ExpiryRecorder<T, TMath> { Groups = groups.View, Records = records.View, Layout = layout };
            PathWalk.Run<T, TMath, ExpiryRecorder<T, TMath>>(session, walk.Chunk(start, end), recorder);
            settle(settleThreads, options.View, records.View, optionSums.View, layout, optionTree, settleThreads);
            if (plan.DeviceParts > 0)
            {
                int partThreads = Math.Min(PathWalk.LaunchThreadsFor(accelerator), n);
                partKernel(partThreads, segments.View, kinks.View, records.View, partValues!.View, layout, partThreads);
                // Per part, each batch's sum and sum of squares of the per-path values (batch b's "slot" is b).
                moments(plan.DeviceParts * GreekBatches, partValues.View, partSums.View,
                    new SlotLayout { Slots = GreekBatches, PathStart = start, PathEnd = end }, partTree);
            }
            accelerator.Synchronize();
        }
        int nodes = BlockTreeSums.NodeCount(pathStart, pathEnd);
        double[] optionNodes = optionSums.View.SubView(0, nodes * optionTree.Entries).GetAsArray1D();
        double[] partNodes = plan.DeviceParts > 0 ? partSums.View.SubView(0, nodes * partTree.Entries).GetAsArray1D() : [];
        return (InJobOrder(job, plan, settings.Paths, pathStart, pathEnd, nodes, optionNodes, partNodes), memory);
    }

    /// <summary>
    /// The device's node values (options in spec order, device parts only) as a state in the job's order; a part
    /// with nothing left on the device sums to exactly zero.
    /// </summary>
    private static PricingState InJobOrder<T>(SimulationJob job, SettlementPlan<T> plan, long paths, long pathStart, long pathEnd,
        int nodes, double[] optionNodes, double[] partNodes) where T : unmanaged, INumber<T>
    {
        const int optionRow = OptionStatistic.Count * GreekBatches, partRow = 2 * GreekBatches;
        int optionEntries = PricingState.OptionEntries(job.Options.Count), partEntries = PricingState.PartEntries(job.Parts.Count);
        int deviceOptionEntries = PricingState.OptionEntries(plan.Specs.Length), devicePartEntries = PricingState.PartEntries(plan.DeviceParts);
        var options = new double[nodes * optionEntries];
        var parts = new double[nodes * partEntries];
        for (int node = 0; node < nodes; node++)
        {
            for (int i = 0; i < job.Options.Count; i++)
            {
                Array.Copy(optionNodes, node * deviceOptionEntries + plan.SpecOf[i] * optionRow, options, node * optionEntries + i * optionRow, optionRow);
            }
            for (int p = 0; p < job.Parts.Count; p++)
            {
                if (plan.DevicePartOf[p] is int d and >= 0)
                {
                    Array.Copy(partNodes, node * devicePartEntries + d * partRow, parts, node * partEntries + p * partRow, partRow);
                }
            }
        }
        return new PricingState(paths, new BlockTreeSums(optionEntries, pathStart, pathEnd, options),
            new BlockTreeSums(partEntries, pathStart, pathEnd, parts));
    }

    /// <summary>Turns the per-batch sums, in the job's order, into estimates in DESIGN.md units.</summary>
    private static SimulationResult Estimate(SimulationJob job, double[] optionSums, double[] partSums,
        long paths, string device, SimulationMemory memory)
    {
        var batches = new PathBatches(paths, GreekBatches);
        double n = paths;
        var estimates = new OptionEstimate[job.Options.Count];
        var greekBatchMeans = new double[job.Options.Count * 4 * GreekBatches];
        int[] greekRow = [OptionStatistic.Delta, OptionStatistic.Gamma, OptionStatistic.Vega, OptionStatistic.Theta];
        for (int i = 0; i < job.Options.Count; i++)
        {
            int row = i * OptionStatistic.Count;
            double s0 = job.Options[i].Spot;
            // Per-path contributions to (delta, gamma, vega, theta) are scaled by these into DESIGN.md units.
            double[] greekScale = [1.0, 1.0 / s0, s0, s0];
            double Total(int statistic) => batches.Total(optionSums, row + statistic);
            double mean = Total(OptionStatistic.Value) / n;
            double variance = Math.Max(Total(OptionStatistic.ValueSquared) / n - mean * mean, 0) * n / (n - 1);
            var errors = new double[4];
            for (int g = 0; g < 4; g++)
            {
                double[] perBatch = batches.Means(optionSums, row + greekRow[g], greekScale[g]);
                errors[g] = PathBatches.StandardError(perBatch);
                perBatch.CopyTo(greekBatchMeans, (i * 4 + g) * GreekBatches);
            }
            estimates[i] = new OptionEstimate(
                s0 * mean,
                s0 * Math.Sqrt(variance / n),
                Total(OptionStatistic.Delta) / n * greekScale[0],
                Total(OptionStatistic.Gamma) / n * greekScale[1],
                Total(OptionStatistic.Vega) / n * greekScale[2],
                Total(OptionStatistic.Theta) / n * greekScale[3],
                new GreekStdErrs(errors[0], errors[1], errors[2], errors[3]));
        }
        var parts = new PartEstimate[job.Parts.Count];
        for (int p = 0; p < parts.Length; p++)
        {
            double mean = batches.Total(partSums, 2 * p) / n;
            double variance = Math.Max(batches.Total(partSums, 2 * p + 1) / n - mean * mean, 0) * n / (n - 1);
            parts[p] = new PartEstimate(mean, Math.Sqrt(variance / n));
        }
        return new SimulationResult(estimates, parts, greekBatchMeans, batches, device, memory);
    }
}
