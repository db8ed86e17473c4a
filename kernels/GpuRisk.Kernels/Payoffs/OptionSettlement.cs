using System.Numerics;
using GpuRisk.Kernels.Numerics;
using GpuRisk.Kernels.Paths;
using ILGPU;

namespace GpuRisk.Kernels.Payoffs;

/// <summary>
/// Settles options against their groups' expiry records: one work unit per (option, error batch) sums the
/// option's per-path statistics (<see cref="OptionStatistic"/>) over the chunk's paths of that batch in path
/// order, continuing the running sums of earlier chunks, so every sum is bit-for-bit the same for any chunking,
/// thread count or device; no atomics.
/// </summary>
/// <remarks>
/// Per path, in units of S0 (r the rate, T the expiry, X = S_T / S0, f the payoff):
/// value e^(-rT) f(X); pathwise delta e^(-rT) f'(X) X (the models are homogeneous in S0);
/// gamma e^(-rT) K phi(d) / Sigma with d = (ln K - M) / Sigma, M and Sigma the conditional mean and standard
/// deviation of ln X given the variance path and jumps (the conditional density of S_T at K, since
/// d2V/dS0^2 = (K/S0)^2 e^(-rT) p_{S_T}(K) in a homogeneous model); theta by a central difference in expiry on
/// the same path (the expiry step re-taken longer and shorter with the same draws); vega by a central difference
/// of the vol-bumped state variants (common random numbers).
/// Sums of option o, statistic s, batch b sit at (o x <see cref="OptionStatistic.Count"/> + s) x Batches + b.
/// </remarks>
public static class OptionSettlement
{
    /// <summary>The kernel: <paramref name="threads"/> threads stride over the (option, batch) units.</summary>
    public static void Kernel<T, TMath>(Index1D thread, ArrayView<OptionSpec<T>> options, ArrayView<T> records,
        ArrayView<double> sums, RecordLayout layout, int threads)
        where T : unmanaged, INumber<T> where TMath : struct, IRealMath<T>
    {
        long units = options.Length * layout.Batches;
        for (long unit = thread; unit < units; unit += threads)
        {
            int option = (int)(unit % options.Length);
            int batch = (int)(unit / options.Length);
            Settle<T, TMath>(options[option], option, batch, records, sums, layout);
        }
    }

    /// <summary>The option's discounted payoff at <paramref name="spot"/> (units of S0), widened for accumulation.</summary>
    private static double Value<T, TMath>(in OptionSpec<T> option, T spot)
        where T : unmanaged, INumber<T> where TMath : struct, IRealMath<T> =>
        TMath.ToDouble(option.Discount * Vanilla.Payoff(spot, option.Strike, option.IsPut));

    private static void Settle<T, TMath>(in OptionSpec<T> o, int option, int batch, ArrayView<T> records,
        ArrayView<double> sums, RecordLayout layout)
        where T : unmanaged, INumber<T> where TMath : struct, IRealMath<T>
    {
        long row = (long)option * OptionStatistic.Count;
        double value = sums[Sum(row + OptionStatistic.Value, batch, layout)];
        double squares = sums[Sum(row + OptionStatistic.ValueSquared, batch, layout)];
        double delta = sums[Sum(row + OptionStatistic.Delta, batch, layout)];
        double gamma = sums[Sum(row + OptionStatistic.Gamma, batch, layout)];
        double theta = sums[Sum(row + OptionStatistic.Theta, batch, layout)];
        double vega = sums[Sum(row + OptionStatistic.Vega, batch, layout)];
        int start = layout.BatchStart(batch);
        int end = start + layout.BatchCount(batch);
        // The group's fields start Paths apart; position k of each is at its start + k.
        long spots = layout.Index(o.Group, ExpiryRecordField.Spot, 0);
        if (o.Greeks == 0)
        {
            for (int k = start; k < end; k++)
            {
                double v = Value<T, TMath>(o, records[spots + k]);
                value += v;
                squares += v * v;
            }
        }
        else
        {
            long means = layout.Index(o.Group, ExpiryRecordField.ConditionalLogMean, 0);
            long inverseSds = layout.Index(o.Group, ExpiryRecordField.ConditionalLogSdInverse, 0);
            long laters = layout.Index(o.Group, ExpiryRecordField.SpotLater, 0);
            long earliers = layout.Index(o.Group, ExpiryRecordField.SpotEarlier, 0);
            long ups = layout.Index(o.Group, ExpiryRecordField.SpotVolUp, 0);
            long downs = layout.Index(o.Group, ExpiryRecordField.SpotVolDown, 0);
            T half = TMath.From(0.5);
            T gammaScale = o.Discount * o.Strike;
            for (int k = start; k < end; k++)
            {
                T spot = records[spots + k];
                double v = Value<T, TMath>(o, spot);
                value += v;
                squares += v * v;
                delta += TMath.ToDouble(o.Discount * Vanilla.SpotTimesSlope(spot, o.Strike, o.IsPut));
                T inverseSd = records[inverseSds + k];
                if (inverseSd > T.Zero)
                {
                    T d = (o.LogStrike - records[means + k]) * inverseSd;
                    gamma += TMath.ToDouble(gammaScale * Normal.Density<T, TMath>(d) * inverseSd);
                }
                T later = o.DiscountLater * Vanilla.Payoff(records[laters + k], o.Strike, o.IsPut);
                T earlier = o.DiscountEarlier * Vanilla.Payoff(records[earliers + k], o.Strike, o.IsPut);
                theta += TMath.ToDouble(-(later - earlier) * o.ThetaScale);
                T up = Vanilla.Payoff(records[ups + k], o.Strike, o.IsPut);
                T down = Vanilla.Payoff(records[downs + k], o.Strike, o.IsPut);
                vega += TMath.ToDouble(o.Discount * (up - down) * half);
            }
        }
        sums[Sum(row + OptionStatistic.Value, batch, layout)] = value;
        sums[Sum(row + OptionStatistic.ValueSquared, batch, layout)] = squares;
        sums[Sum(row + OptionStatistic.Delta, batch, layout)] = delta;
        sums[Sum(row + OptionStatistic.Gamma, batch, layout)] = gamma;
        sums[Sum(row + OptionStatistic.Theta, batch, layout)] = theta;
        sums[Sum(row + OptionStatistic.Vega, batch, layout)] = vega;
    }

    private static long Sum(long row, int batch, in RecordLayout layout) => row * layout.Batches + batch;
}
