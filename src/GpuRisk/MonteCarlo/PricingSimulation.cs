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
/// Runs the pricing kernels: per chunk of paths, one pass per underlying (adding each path's
/// option values into a per-path book buffer), then the book's moments; finally each
/// accumulator row is summed over slots on the device. Results are bit-for-bit independent of the
/// batch size, and depend on the device only through its floating-point library.
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
    /// <param name="greeks">False to skip vega's bumped paths and theta's bumps for every job (values only).</param>
    public static SimulationResult Run(DeviceSession session, IReadOnlyList<UnderlyingJob> jobs, double rate,
        MonteCarloSettings settings, bool greeks = true)
    {
        settings.Validate();
        return settings.Precision == Precision.Double
            ? Run<double, DoubleMath>(session, jobs, rate, settings, greeks)
            : Run<float, FloatMath>(session, jobs, rate, settings, greeks);
    }

    private static SimulationResult Run<T, TMath>(DeviceSession session, IReadOnlyList<UnderlyingJob> jobs, double rate,
        MonteCarloSettings settings, bool greeks)
        where T : unmanaged, INumber<T> where TMath : struct, IRealMath<T>
    {
        Accelerator accelerator = session.Accelerator;
        TimeGrid grid = TimeGrid.Build(jobs.SelectMany(j => j.Options).Select(o => o.ExpiryYears), settings.StepsPerDay);
        int slots = settings.Slots;
        var price = accelerator.LoadAutoGroupedStreamKernel<Index1D, ArrayView<StepCoefficients<T>>, ArrayView<T>,
            ArrayView<T>, ArrayView<OptionSpec<T>>, ArrayView<double>, ArrayView<double>, PricingPass<T>>(
            PricingKernel.PriceOptions<T, TMath>);
        var moments = accelerator.LoadAutoGroupedStreamKernel<Index1D, ArrayView<double>, ArrayView<double>, SlotLayout>(
            SlotReductions.BookMoments);
        var sumRows = accelerator.LoadAutoGroupedStreamKernel<Index1D, ArrayView<double>, ArrayView<double>, SlotLayout>(
            SlotReductions.SumRows);

        var buffers = new List<IDisposable>();
        try
        {
            using var regimeCdf = accelerator.Allocate1D(new[] { T.One });
            var passes = new List<(MemoryBuffer1D<StepCoefficients<T>, Stride1D.Dense> Coefficients,
                MemoryBuffer1D<T, Stride1D.Dense> Cholesky, MemoryBuffer1D<OptionSpec<T>, Stride1D.Dense> Options,
                MemoryBuffer1D<double, Stride1D.Dense> Accumulators, PricingPass<T> Pass, int[] Order)>();
            foreach (UnderlyingJob job in jobs)
            {
                var (specs, order) = OptionSpecs<T>(job, grid, rate);
                var coefficients = accelerator.Allocate1D(CoefficientTables<T>(grid, job.Model));
                var cholesky = accelerator.Allocate1D(job.CholeskyRow.Take(job.Index + 1).Select(T.CreateChecked).ToArray());
                var options = accelerator.Allocate1D(specs);
                var accumulators = accelerator.Allocate1D<double>((long)specs.Length * OptionStatistic.Count * slots);
                accumulators.MemSetToZero();
                buffers.AddRange([coefficients, cholesky, options, accumulators]);
                var pass = new PricingPass<T>
                {
                    Seed = settings.Seed,
                    Slots = slots,
                    Underlying = job.Index,
                    GridSteps = grid.Steps,
                    SimulatedSteps = specs.Length == 0 ? 0 : specs[^1].ExpiryStep + 1,
                    RegimeCount = 1,
                    InitialRegime = 0,
                    OptionCount = specs.Length,
                    Greeks = greeks && !job.ValueOnly ? 1 : 0,
                    Jumps = job.Model.HasJumps ? 1 : 0,
                    V0 = T.CreateChecked(job.Model.V0),
                    V0Up = T.CreateChecked(job.Model.ShiftVol(VegaBump).V0),
                    V0Down = T.CreateChecked(job.Model.ShiftVol(-VegaBump).V0),
                };
                passes.Add((coefficients, cholesky, options, accumulators, pass, order));
            }

            int batch = (int)Math.Min(settings.BatchSize, settings.Paths);
            using var bookPerPath = accelerator.Allocate1D<double>(batch);
            using var bookAccumulators = accelerator.Allocate1D<double>(2L * slots);
            bookAccumulators.MemSetToZero();
            for (long start = 0; start < settings.Paths; start += batch)
            {
                long end = Math.Min(start + batch, settings.Paths);
                bookPerPath.MemSetToZero();
                foreach (var p in passes)
                {
                    PricingPass<T> pass = p.Pass;
                    pass.PathStart = start;
                    pass.PathEnd = end;
                    price(slots, p.Coefficients.View, regimeCdf.View, p.Cholesky.View, p.Options.View,
                        p.Accumulators.View, bookPerPath.View, pass);
                }
                moments(slots, bookPerPath.View, bookAccumulators.View,
                    new SlotLayout { Slots = slots, Rows = 2, PathStart = start, PathEnd = end });
            }

            var batches = new PathBatches(settings.Paths, GreekBatches);
            double n = settings.Paths;
            var estimates = new List<IReadOnlyList<OptionEstimate>>();
            // Per batch, the book's option Greeks (quantity-weighted), for the book's Greek errors.
            var bookGreeks = new double[4, batches.Count];
            for (int j = 0; j < jobs.Count; j++)
            {
                var p = passes[j];
                double[] sums = SumRows(accelerator, sumRows, p.Accumulators, jobs[j].Options.Count * OptionStatistic.Count, slots, batches.Count);
                var perJob = new OptionEstimate[jobs[j].Options.Count];
                double s0 = jobs[j].Spot;
                // Per-path contributions to (delta, gamma, vega, theta) are scaled by these into DESIGN.md units.
                double[] greekScale = [1.0, 1.0 / s0, s0, s0];
                int[] greekRow = [OptionStatistic.Delta, OptionStatistic.Gamma, OptionStatistic.Vega, OptionStatistic.Theta];
                for (int k = 0; k < p.Order.Length; k++)
                {
                    int row = k * OptionStatistic.Count;
                    double quantity = jobs[j].Options[p.Order[k]].Quantity;
                    double Total(int statistic) => batches.Total(sums, row + statistic);
                    double mean = Total(OptionStatistic.Value) / n;
                    double variance = Math.Max(Total(OptionStatistic.ValueSquared) / n - mean * mean, 0) * n / (n - 1);
                    var errors = new double[4];
                    for (int g = 0; g < 4; g++)
                    {
                        double[] perBatch = batches.Means(sums, row + greekRow[g], greekScale[g]);
                        errors[g] = PathBatches.StandardError(perBatch);
                        if (jobs[j].ValueOnly) continue;
                        for (int b = 0; b < perBatch.Length; b++) bookGreeks[g, b] += quantity * perBatch[b];
                    }
                    perJob[p.Order[k]] = new OptionEstimate(
                        s0 * mean,
                        s0 * Math.Sqrt(variance / n),
                        Total(OptionStatistic.Delta) / n * greekScale[0],
                        Total(OptionStatistic.Gamma) / n * greekScale[1],
                        Total(OptionStatistic.Vega) / n * greekScale[2],
                        Total(OptionStatistic.Theta) / n * greekScale[3],
                        new GreekStdErrs(errors[0], errors[1], errors[2], errors[3]));
                }
                estimates.Add(perJob);
            }
            double[] book = SumRows(accelerator, sumRows, bookAccumulators, 2, slots, batches.Count);
            double bookMean = batches.Total(book, 0) / n;
            double bookVariance = Math.Max(batches.Total(book, 1) / n - bookMean * bookMean, 0) * n / (n - 1);
            var bookErrors = new GreekStdErrs(
                PathBatches.StandardError(Row(bookGreeks, 0)), PathBatches.StandardError(Row(bookGreeks, 1)),
                PathBatches.StandardError(Row(bookGreeks, 2)), PathBatches.StandardError(Row(bookGreeks, 3)));
            return new SimulationResult(estimates, bookMean, Math.Sqrt(bookVariance / n), bookErrors, settings.Paths, session.Name);
        }
        finally
        {
            foreach (IDisposable b in buffers) b.Dispose();
        }
    }

    private static double[] SumRows(Accelerator accelerator,
        Action<Index1D, ArrayView<double>, ArrayView<double>, SlotLayout> sumRows,
        MemoryBuffer1D<double, Stride1D.Dense> accumulators, int rows, int slots, int batches)
    {
        if (rows == 0) return [];
        using var sums = accelerator.Allocate1D<double>((long)rows * batches);
        sumRows(rows * batches, accumulators.View, sums.View, new SlotLayout { Slots = slots, Rows = rows, Batches = batches });
        return sums.GetAsArray1D();
    }

    private static double[] Row(double[,] table, int row) =>
        Enumerable.Range(0, table.GetLength(1)).Select(b => table[row, b]).ToArray();

    /// <summary>The five stacked coefficient tables of <see cref="CoefficientVariant"/>.</summary>
    private static StepCoefficients<T>[] CoefficientTables<T>(TimeGrid grid, DiffusionParameters model)
        where T : unmanaged, INumber<T> =>
    [
        .. StepCoefficientTable.Build<T>(grid, [model]),
        .. StepCoefficientTable.Build<T>(grid, [model.ShiftVol(VegaBump)]),
        .. StepCoefficientTable.Build<T>(grid, [model.ShiftVol(-VegaBump)]),
        .. StepCoefficientTable.Build<T>(grid, [model], 1 + ThetaBumpFraction),
        .. StepCoefficientTable.Build<T>(grid, [model], 1 - ThetaBumpFraction),
    ];

    /// <summary>Kernel specs sorted by expiry step, and for each spec the option's index in the job.</summary>
    private static (OptionSpec<T>[] Specs, int[] Order) OptionSpecs<T>(UnderlyingJob job, TimeGrid grid, double rate)
        where T : unmanaged, INumber<T>
    {
        int[] order = Enumerable.Range(0, job.Options.Count).OrderBy(i => job.Options[i].ExpiryYears).ToArray();
        var specs = new OptionSpec<T>[order.Length];
        for (int k = 0; k < order.Length; k++)
        {
            OptionJob o = job.Options[order[k]];
            int step = grid.StepEndingAt(o.ExpiryYears);
            double eps = ThetaBumpFraction * grid.Dt(step);
            double strike = o.Strike / job.Spot;
            specs[k] = new OptionSpec<T>
            {
                ExpiryStep = step,
                IsPut = o.IsPut ? 1 : 0,
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
