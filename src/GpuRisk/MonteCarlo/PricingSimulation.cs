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
/// Memory: the sums are (options x 6 + parts x 2) x <see cref="GreekBatches"/> doubles whatever the path count
/// or thread count; the per-chunk records are groups x 7 numbers and parts x 1 double per path, so the chunk is
/// the largest that keeps every buffer within <see cref="MonteCarloSettings.MemoryBudgetBytes"/>. Each
/// (option or part, batch) sum runs over its paths in path order across chunks, so results are bit-for-bit
/// independent of the batch size, the memory budget and the launch shape, and depend on the device only
/// through its floating-point library.
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

    /// <summary>Simulates <paramref name="job"/> on <paramref name="session"/>.</summary>
    /// <param name="cholesky">Lower Cholesky factor of the market's spot correlation (rows up to the largest stream at least).</param>
    /// <exception cref="InvalidOperationException">The memory budget cannot hold the fixed buffers and one path's.</exception>
    public static SimulationResult Run(DeviceSession session, SimulationJob job, double[][] cholesky, double rate,
        MonteCarloSettings settings)
    {
        settings.Validate();
        job.Validate();
        return settings.Precision == Precision.Double
            ? Run<double, DoubleMath>(session, job, cholesky, rate, settings)
            : Run<float, FloatMath>(session, job, cholesky, rate, settings);
    }

    private static SimulationResult Run<T, TMath>(DeviceSession session, SimulationJob job, double[][] cholesky, double rate,
        MonteCarloSettings settings)
        where T : unmanaged, INumber<T> where TMath : struct, IRealMath<T>
    {
        Accelerator accelerator = session.Accelerator;
        var plan = SettlementPlan<T>.Build(job, cholesky, rate, settings.StepsPerDay);
        long largestChunk = Math.Min(settings.BatchSize, settings.Paths);
        int launchThreads = (int)Math.Min(PathWalk.LaunchThreadsFor(accelerator), largestChunk);

        using var walk = new WalkBuffers<T>(accelerator, plan.Walk, launchThreads, settings.Seed);
        using var groups = accelerator.Allocate1D(plan.Groups);
        using var options = accelerator.Allocate1D(plan.Specs);
        using var segments = accelerator.Allocate1D(plan.Segments.Length > 0 ? plan.Segments : [default(PartSegment)]);
        using var kinks = accelerator.Allocate1D(plan.Kinks.Length > 0 ? plan.Kinks : [default(KinkPrefix)]);
        using var optionSums = accelerator.Allocate1D<double>((long)plan.Specs.Length * OptionStatistic.Count * GreekBatches);
        using var partSums = accelerator.Allocate1D<double>(Math.Max(1L, 2L * plan.DeviceParts * GreekBatches));
        optionSums.MemSetToZero();
        partSums.MemSetToZero();
        long fixedBytes = walk.Bytes + groups.LengthInBytes + options.LengthInBytes + segments.LengthInBytes + kinks.LengthInBytes
            + optionSums.LengthInBytes + partSums.LengthInBytes;
        long bytesPerPath = (long)plan.Groups.Length * plan.RecordFields * Interop.SizeOf<T>() + sizeof(double) * plan.DeviceParts;
        var memory = SimulationMemory.Plan(fixedBytes, bytesPerPath, settings.MemoryBudgetBytes, largestChunk);
        int chunk = memory.ChunkPaths;
        using var records = accelerator.Allocate1D<T>((long)plan.Groups.Length * plan.RecordFields * chunk);
        using var partValues = plan.DeviceParts > 0 ? accelerator.Allocate1D<double>((long)plan.DeviceParts * chunk) : null;

        var settle = session.Kernels.Get(nameof(OptionSettlement), a => a.LoadAutoGroupedStreamKernel<
            Index1D, ArrayView<OptionSpec<T>>, ArrayView<T>, ArrayView<double>, RecordLayout, int>(OptionSettlement.Kernel<T, TMath>));
        var partKernel = session.Kernels.Get(nameof(BookPartValues), a => a.LoadAutoGroupedStreamKernel<
            Index1D, ArrayView<PartSegment>, ArrayView<KinkPrefix>, ArrayView<T>, ArrayView<double>, RecordLayout, int>(BookPartValues.Kernel<T, TMath>));
        var moments = session.Kernels.Get(nameof(SlotReductions.BookMoments), a =>
            a.LoadAutoGroupedStreamKernel<Index1D, ArrayView<double>, ArrayView<double>, SlotLayout>(SlotReductions.BookMoments));
        int settleThreads = (int)Math.Min(PathWalk.LaunchThreadsFor(accelerator), (long)plan.Specs.Length * GreekBatches);
        for (long start = 0; start < settings.Paths; start += chunk)
        {
            long end = Math.Min(start + chunk, settings.Paths);
            int n = (int)(end - start);
            var layout = new RecordLayout { PathStart = start, Paths = n, Batches = GreekBatches, Fields = plan.RecordFields };
            var recorder = new ExpiryRecorder<T, TMath> { Groups = groups.View, Records = records.View, Layout = layout };
            PathWalk.Run<T, TMath, ExpiryRecorder<T, TMath>>(session, walk.Chunk(start, end), recorder);
            settle(settleThreads, options.View, records.View, optionSums.View, layout, settleThreads);
            if (plan.DeviceParts > 0)
            {
                int partThreads = Math.Min(PathWalk.LaunchThreadsFor(accelerator), n);
                partKernel(partThreads, segments.View, kinks.View, records.View, partValues!.View, layout, partThreads);
                // Per part, each batch's sum and sum of squares of the per-path values (batch b's "slot" is b).
                var slotLayout = new SlotLayout { Slots = GreekBatches, PathStart = start, PathEnd = end };
                for (int p = 0; p < plan.DeviceParts; p++)
                {
                    moments(GreekBatches, partValues.View.SubView((long)p * n, n),
                        partSums.View.SubView(2L * p * GreekBatches, 2 * GreekBatches), slotLayout);
                }
            }
            accelerator.Synchronize();
        }
        return Estimate(job, plan, optionSums.GetAsArray1D(), partSums.GetAsArray1D(), settings.Paths, session.Name, memory);
    }

    /// <summary>Turns the per-batch sums into estimates in DESIGN.md units, in the job's order.</summary>
    private static SimulationResult Estimate<T>(SimulationJob job, SettlementPlan<T> plan, double[] optionSums, double[] partSums,
        long paths, string device, SimulationMemory memory) where T : unmanaged, INumber<T>
    {
        var batches = new PathBatches(paths, GreekBatches);
        double n = paths;
        var estimates = new OptionEstimate[job.Options.Count];
        var greekBatchMeans = new double[job.Options.Count * 4 * GreekBatches];
        int[] greekRow = [OptionStatistic.Delta, OptionStatistic.Gamma, OptionStatistic.Vega, OptionStatistic.Theta];
        for (int i = 0; i < job.Options.Count; i++)
        {
            int row = plan.SpecOf[i] * OptionStatistic.Count;
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
            int d = plan.DevicePartOf[p];
            if (d < 0) continue;
            double mean = batches.Total(partSums, 2 * d) / n;
            double variance = Math.Max(batches.Total(partSums, 2 * d + 1) / n - mean * mean, 0) * n / (n - 1);
            parts[p] = new PartEstimate(mean, Math.Sqrt(variance / n));
        }
        return new SimulationResult(estimates, parts, greekBatchMeans, batches, device, memory);
    }
}
