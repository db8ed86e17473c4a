using System.Numerics;
using GpuRisk.Kernels.Numerics;
using GpuRisk.Kernels.Paths;
using GpuRisk.Kernels.Reductions;
using ILGPU;

namespace GpuRisk.Kernels.Payoffs;

/// <summary>
/// Settles options against their groups' expiry records: one work unit per (option, error batch) sums the
/// option's per-path statistics (<see cref="OptionStatistic"/>) over the chunk's paths of that batch, block by block
/// of a <see cref="BlockTree"/>: in path order within a block (continuing a block an earlier chunk began), pairwise
/// across blocks. Every sum is therefore bit-for-bit the same for any chunking, thread count or shard split; no atomics.
/// </summary>
/// <remarks>
/// Per path, in units of S0 (r the rate, T the expiry, X = S_T / S0, f the payoff):
/// value e^(-rT) f(X); pathwise delta e^(-rT) f'(X) X (the models are homogeneous in S0);
/// gamma e^(-rT) K phi(d) / Sigma with d = (ln K - M) / Sigma, M and Sigma the conditional mean and standard
/// deviation of ln X given the variance path and jumps (the conditional density of S_T at K, since
/// d2V/dS0^2 = (K/S0)^2 e^(-rT) p_{S_T}(K) in a homogeneous model); theta by a central difference in expiry on
/// the same path (the expiry step re-taken longer and shorter with the same draws); vega by a central difference
/// of the vol-bumped state variants (common random numbers).
/// Sum (option o, statistic s, batch b) is the tree's entry (o x <see cref="OptionStatistic.Count"/> + s) x Batches + b.
/// </remarks>
public static class OptionSettlement
{
    /// <summary>The kernel: <paramref name="threads"/> threads stride over the (option, batch) units.</summary>
    public static void Kernel<T, TMath>(Index1D thread, ArrayView<OptionSpec<T>> options, ArrayView<T> records,
        ArrayView<double> sums, RecordLayout layout, BlockTree tree, int threads)
        where T : unmanaged, INumber<T> where TMath : struct, IRealMath<T>
    {
        long units = options.Length * layout.Batches;
        long chunkEnd = layout.PathStart + layout.Paths;
        for (long unit = thread; unit < units; unit += threads)
        {
            int option = (int)(unit % options.Length);
            int batch = (int)(unit / options.Length);
            var entries = new OptionSums.Entries(option, batch, layout.Batches);
            for (long block = layout.PathStart / BlockTree.BlockPaths; block * BlockTree.BlockPaths < chunkEnd; block++)
            {
                BlockSpan span = tree.Span(block, layout.PathStart, chunkEnd);
                OptionSums s = span.Opens ? default : OptionSums.Load(sums, tree, span.Slot, entries);
                Settle<T, TMath>(options[option], ref s, records, layout,
                    layout.PositionAtOrAfter(batch, span.PathStart), layout.PositionAtOrAfter(batch, span.PathEnd));
                s.Store(sums, tree, span.Slot, entries);
                if (span.Closes) OptionSums.Close(sums, tree, span, entries);
            }
        }
    }

    /// <summary>The option's discounted payoff at <paramref name="spot"/> (units of S0), widened for accumulation.</summary>
    private static double Value<T, TMath>(in OptionSpec<T> option, T spot)
        where T : unmanaged, INumber<T> where TMath : struct, IRealMath<T> =>
        TMath.ToDouble(option.Discount * Vanilla.Payoff<T, bool, TMath>(spot, option.Strike, option.IsPut));

    /// <summary>Adds the option's statistics on the paths at positions [<paramref name="start"/>, <paramref name="end"/>) to <paramref name="s"/>.</summary>
    private static void Settle<T, TMath>(in OptionSpec<T> o, ref OptionSums s, ArrayView<T> records, RecordLayout layout,
        int start, int end)
        where T : unmanaged, INumber<T> where TMath : struct, IRealMath<T>
    {
        // Locals, not the struct's fields, in the loops: the sums stay in registers.
        double value = s.Value, squares = s.Squares, delta = s.Delta, gamma = s.Gamma, theta = s.Theta, vega = s.Vega;
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
                delta += TMath.ToDouble(o.Discount * Vanilla.SpotTimesSlope<T, bool, TMath>(spot, o.Strike, o.IsPut));
                T inverseSd = records[inverseSds + k];
                if (inverseSd > T.Zero)
                {
                    T d = (o.LogStrike - records[means + k]) * inverseSd;
                    gamma += TMath.ToDouble(gammaScale * Normal.Density<T, bool, TMath>(d) * inverseSd);
                }
                T later = o.DiscountLater * Vanilla.Payoff<T, bool, TMath>(records[laters + k], o.Strike, o.IsPut);
                T earlier = o.DiscountEarlier * Vanilla.Payoff<T, bool, TMath>(records[earliers + k], o.Strike, o.IsPut);
                theta += TMath.ToDouble(-(later - earlier) * o.ThetaScale);
                T up = Vanilla.Payoff<T, bool, TMath>(records[ups + k], o.Strike, o.IsPut);
                T down = Vanilla.Payoff<T, bool, TMath>(records[downs + k], o.Strike, o.IsPut);
                vega += TMath.ToDouble(o.Discount * (up - down) * half);
            }
        }
        s = new OptionSums { Value = value, Squares = squares, Delta = delta, Gamma = gamma, Theta = theta, Vega = vega };
    }
}
