using System.Numerics;
using GpuRisk.Devices;
using GpuRisk.Kernels.Numerics;
using GpuRisk.Kernels.Paths;
using GpuRisk.Kernels.Payoffs;
using GpuRisk.Kernels.Reductions;
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

    /// <summary>Simulates <paramref name="jobs"/> on <paramref name="session"/>.</summary>
    /// <param name="greeks">False to skip vega's bumped paths and theta's bumps (values only).</param>
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
                    Greeks = greeks ? 1 : 0,
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

            double n = settings.Paths;
            var estimates = new List<IReadOnlyList<OptionEstimate>>();
            for (int j = 0; j < jobs.Count; j++)
            {
                var p = passes[j];
                double[] sums = SumRows(accelerator, sumRows, p.Accumulators, jobs[j].Options.Count * OptionStatistic.Count, slots);
                var perJob = new OptionEstimate[jobs[j].Options.Count];
                double s0 = jobs[j].Spot;
                for (int k = 0; k < p.Order.Length; k++)
                {
                    int row = k * OptionStatistic.Count;
                    double mean = sums[row + OptionStatistic.Value] / n;
                    double variance = Math.Max(sums[row + OptionStatistic.ValueSquared] / n - mean * mean, 0) * n / (n - 1);
                    perJob[p.Order[k]] = new OptionEstimate(
                        s0 * mean,
                        s0 * Math.Sqrt(variance / n),
                        sums[row + OptionStatistic.Delta] / n,
                        sums[row + OptionStatistic.Gamma] / n / s0,
                        s0 * sums[row + OptionStatistic.Vega] / n,
                        s0 * sums[row + OptionStatistic.Theta] / n);
                }
                estimates.Add(perJob);
            }
            double[] book = SumRows(accelerator, sumRows, bookAccumulators, 2, slots);
            double bookMean = book[0] / n;
            double bookVariance = Math.Max(book[1] / n - bookMean * bookMean, 0) * n / (n - 1);
            return new SimulationResult(estimates, bookMean, Math.Sqrt(bookVariance / n), settings.Paths, session.Name);
        }
        finally
        {
            foreach (IDisposable b in buffers) b.Dispose();
        }
    }

    private static double[] SumRows(Accelerator accelerator,
        Action<Index1D, ArrayView<double>, ArrayView<double>, SlotLayout> sumRows,
        MemoryBuffer1D<double, Stride1D.Dense> accumulators, int rows, int slots)
    {
        if (rows == 0) return [];
        using var sums = accelerator.Allocate1D<double>(rows);
        sumRows(rows, accumulators.View, sums.View, new SlotLayout { Slots = slots, Rows = rows });
        return sums.GetAsArray1D();
    }

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
