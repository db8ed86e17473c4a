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
/// Prices options by walking paths (<see cref="PathWalk"/> with a <see cref="PricingObserver{T, TMath}"/>): per
/// chunk of paths one walk over every job's slot, the per-path book value written alongside, then the book's
/// moments; finally each accumulator row is summed over slots on the device. Results are bit-for-bit
/// independent of the batch size, and depend on the device only through its floating-point library.
/// </summary>
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

    /// <summary>Simulates <paramref name="jobs"/> on <paramref name="session"/>.</summary>
    /// <param name="cholesky">Lower Cholesky factor of the market's spot correlation (rows up to the largest job index at least).</param>
    /// <param name="greeks">False to skip vega's bumped paths and theta's bumps for every job (values only).</param>
    public static SimulationResult Run(DeviceSession session, IReadOnlyList<UnderlyingJob> jobs, double[][] cholesky,
        double rate, MonteCarloSettings settings, bool greeks = true)
    {
        settings.Validate();
        return settings.Precision == Precision.Double
            ? Run<double, DoubleMath>(session, jobs, cholesky, rate, settings, greeks)
            : Run<float, FloatMath>(session, jobs, cholesky, rate, settings, greeks);
    }

    private static SimulationResult Run<T, TMath>(DeviceSession session, IReadOnlyList<UnderlyingJob> jobs, double[][] cholesky,
        double rate, MonteCarloSettings settings, bool greeks)
        where T : unmanaged, INumber<T> where TMath : struct, IRealMath<T>
    {
        Accelerator accelerator = session.Accelerator;
        TimeGrid grid = TimeGrid.Build(jobs.SelectMany(j => j.Options).Select(o => o.ExpiryYears), settings.StepsPerDay);
        int slots = settings.Slots;
        var (specs, order) = OptionSpecs<T>(jobs, grid, rate, greeks);
        bool anyGreeks = specs.Any(o => o.Greeks != 0);
        WalkPlan plan = Plan(jobs, cholesky, grid, specs, anyGreeks);

        using var walk = new WalkBuffers<T>(accelerator, plan, slots, settings.Seed);
        using var options = accelerator.Allocate1D(specs);
        using var accumulators = accelerator.Allocate1D<double>(Math.Max(1L, (long)specs.Length * OptionStatistic.Count * slots));
        accumulators.MemSetToZero();
        int batch = (int)Math.Min(settings.BatchSize, settings.Paths);
        using var bookPerPath = accelerator.Allocate1D<double>(batch);
        using var bookAccumulators = accelerator.Allocate1D<double>(2L * slots);
        bookAccumulators.MemSetToZero();
        var moments = session.Kernels.Get(nameof(SlotReductions.BookMoments), a =>
            a.LoadAutoGroupedStreamKernel<Index1D, ArrayView<double>, ArrayView<double>, SlotLayout>(SlotReductions.BookMoments));
        for (long start = 0; start < settings.Paths; start += batch)
        {
            long end = Math.Min(start + batch, settings.Paths);
            var observer = new PricingObserver<T, TMath>
            {
                Options = options.View,
                Accumulators = accumulators.View,
                BookPerPath = bookPerPath.View,
                AccumulatorSlots = slots,
                PathStart = start,
            };
            PathWalk.Run<T, TMath, PricingObserver<T, TMath>>(session, walk.Chunk(start, end), observer);
            moments(slots, bookPerPath.View, bookAccumulators.View,
                new SlotLayout { Slots = slots, Rows = 2, PathStart = start, PathEnd = end });
        }

        var batches = new PathBatches(settings.Paths, GreekBatches);
        double n = settings.Paths;
        double[] sums = SumRows(session, accumulators, specs.Length * OptionStatistic.Count, slots, batches.Count);
        var estimates = jobs.Select(j => new OptionEstimate[j.Options.Count]).ToArray();
        // Per batch, the book's option Greeks (quantity-weighted), for the book's Greek errors.
        var bookGreeks = new double[4, batches.Count];
        int[] greekRow = [OptionStatistic.Delta, OptionStatistic.Gamma, OptionStatistic.Vega, OptionStatistic.Theta];
        for (int k = 0; k < specs.Length; k++)
        {
            var (job, option) = order[k];
            int row = k * OptionStatistic.Count;
            double s0 = jobs[job].Spot;
            double quantity = jobs[job].Options[option].Quantity;
            // Per-path contributions to (delta, gamma, vega, theta) are scaled by these into DESIGN.md units.
            double[] greekScale = [1.0, 1.0 / s0, s0, s0];
            double Total(int statistic) => batches.Total(sums, row + statistic);
            double mean = Total(OptionStatistic.Value) / n;
            double variance = Math.Max(Total(OptionStatistic.ValueSquared) / n - mean * mean, 0) * n / (n - 1);
            var errors = new double[4];
            for (int g = 0; g < 4; g++)
            {
                double[] perBatch = batches.Means(sums, row + greekRow[g], greekScale[g]);
                errors[g] = PathBatches.StandardError(perBatch);
                if (jobs[job].ValueOnly) continue;
                for (int b = 0; b < perBatch.Length; b++) bookGreeks[g, b] += quantity * perBatch[b];
            }
            estimates[job][option] = new OptionEstimate(
                s0 * mean,
                s0 * Math.Sqrt(variance / n),
                Total(OptionStatistic.Delta) / n * greekScale[0],
                Total(OptionStatistic.Gamma) / n * greekScale[1],
                Total(OptionStatistic.Vega) / n * greekScale[2],
                Total(OptionStatistic.Theta) / n * greekScale[3],
                new GreekStdErrs(errors[0], errors[1], errors[2], errors[3]));
        }
        double[] book = SumRows(session, bookAccumulators, 2, slots, batches.Count);
        double bookMean = batches.Total(book, 0) / n;
        double bookVariance = Math.Max(batches.Total(book, 1) / n - bookMean * bookMean, 0) * n / (n - 1);
        var bookErrors = new GreekStdErrs(
            PathBatches.StandardError(Row(bookGreeks, 0)), PathBatches.StandardError(Row(bookGreeks, 1)),
            PathBatches.StandardError(Row(bookGreeks, 2)), PathBatches.StandardError(Row(bookGreeks, 3)));
        return new SimulationResult(estimates, bookMean, Math.Sqrt(bookVariance / n), bookErrors, settings.Paths, session.Name);
    }

    private static double[] SumRows(DeviceSession session, MemoryBuffer1D<double, Stride1D.Dense> accumulators,
        int rows, int slots, int batches)
    {
        if (rows == 0) return [];
        var sumRows = session.Kernels.Get(nameof(SlotReductions.SumRows), a =>
            a.LoadAutoGroupedStreamKernel<Index1D, ArrayView<double>, ArrayView<double>, SlotLayout>(SlotReductions.SumRows));
        using var sums = session.Accelerator.Allocate1D<double>((long)rows * batches);
        sumRows(rows * batches, accumulators.View, sums.View, new SlotLayout { Slots = slots, Rows = rows, Batches = batches });
        return sums.GetAsArray1D();
    }

    private static double[] Row(double[,] table, int row) =>
        Enumerable.Range(0, table.GetLength(1)).Select(b => table[row, b]).ToArray();

    /// <summary>
    /// One slot per job, walked to its last expiry; with Greeks, the five coefficient variants of
    /// <see cref="CoefficientVariant"/> and three state variants; every expiry step observed.
    /// </summary>
    private static WalkPlan Plan<T>(IReadOnlyList<UnderlyingJob> jobs, double[][] cholesky, TimeGrid grid, OptionSpec<T>[] specs,
        bool greeks) where T : unmanaged
    {
        var lastStep = new int[jobs.Count];
        Array.Fill(lastStep, -1);
        var observed = new bool[grid.Steps];
        foreach (OptionSpec<T> o in specs)
        {
            lastStep[o.Slot] = Math.Max(lastStep[o.Slot], o.ExpiryStep);
            observed[o.ExpiryStep] = true;
        }
        WalkSlot[] slots = [.. jobs.Select((j, i) => new WalkSlot(j.Index, [j.Model], lastStep[i]))];
        int streams = jobs.Max(j => j.Index) + 1;
        CoefficientVariantSpec[] variants = greeks
            ?
            [
                CoefficientVariantSpec.Base, new(VegaBump, 1.0), new(-VegaBump, 1.0),
                new(0.0, 1.0 + ThetaBumpFraction), new(0.0, 1.0 - ThetaBumpFraction),
            ]
            : [CoefficientVariantSpec.Base];
        return new WalkPlan(grid, specs.Length == 0 ? 0 : specs[^1].ExpiryStep + 1, slots, cholesky.Take(streams).ToArray(),
            [[1.0]], 0, variants, greeks ? CoefficientVariant.StateCount : 1, observed);
    }

    /// <summary>Kernel specs of every job's options sorted by expiry step, and for each spec its (job, option).</summary>
    private static (OptionSpec<T>[] Specs, (int Job, int Option)[] Order) OptionSpecs<T>(IReadOnlyList<UnderlyingJob> jobs,
        TimeGrid grid, double rate, bool greeks) where T : unmanaged, INumber<T>
    {
        (int Job, int Option)[] order = [.. jobs.SelectMany((j, ji) => j.Options.Select((_, oi) => (Job: ji, Option: oi)))
            .OrderBy(x => jobs[x.Job].Options[x.Option].ExpiryYears).ThenBy(x => x.Job).ThenBy(x => x.Option)];
        var specs = new OptionSpec<T>[order.Length];
        for (int k = 0; k < order.Length; k++)
        {
            UnderlyingJob job = jobs[order[k].Job];
            OptionJob o = job.Options[order[k].Option];
            int step = grid.StepEndingAt(o.ExpiryYears);
            double eps = ThetaBumpFraction * grid.Dt(step);
            double strike = o.Strike / job.Spot;
            specs[k] = new OptionSpec<T>
            {
                Slot = order[k].Job,
                ExpiryStep = step,
                IsPut = o.IsPut ? 1 : 0,
                Greeks = greeks && !job.ValueOnly ? 1 : 0,
                Strike = T.CreateChecked(strike),
                LogStrike = T.CreateChecked(Math.Log(strike)),
                Discount = T.CreateChecked(Math.Exp(-rate * o.ExpiryYears)),
                DiscountLater = T.CreateChecked(Math.Exp(-rate * (o.ExpiryYears + eps))),
                DiscountEarlier = T.CreateChecked(Math.Exp(-rate * (o.ExpiryYears - eps))),
                ThetaScale = T.CreateChecked(1.0 / (2.0 * eps * 365.0)),
                BookWeight = o.Quantity * job.Spot,
            };
        }
        return (specs, order);
    }
}
