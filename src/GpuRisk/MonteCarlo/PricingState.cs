using GpuRisk.Kernels.Payoffs;

namespace GpuRisk.MonteCarlo;

/// <summary>
/// What a pricing simulation has summed over one range of its run's paths, in the job's order: per option,
/// statistic (<see cref="OptionStatistic"/>) and error batch, and per book part, moment (sum, sum of squares) and
/// batch. A shard keeps it (<c>mc.state</c>), a merge joins the shards' in path order, and
/// <see cref="PricingSimulation.Finish"/> turns the whole run's into estimates: bit-for-bit those of one run, because
/// the sums are <see cref="BlockTreeSums"/>.
/// </summary>
/// <param name="Paths">Paths of the whole run.</param>
/// <param name="Options">Sum (option o, statistic s, batch b) at entry (o x <see cref="OptionStatistic.Count"/> + s) x batches + b.</param>
/// <param name="Parts">Sum (part p, moment m, batch b) at entry (2p + m) x batches + b.</param>
public sealed record PricingState(long Paths, BlockTreeSums Options, BlockTreeSums Parts)
{
    /// <summary>First path of the range summed.</summary>
    public long PathStart => Options.PathStart;

    /// <summary>One past the last path of the range summed.</summary>
    public long PathEnd => Options.PathEnd;

    /// <summary>Nothing summed yet over paths [<paramref name="pathStart"/>, <paramref name="pathStart"/>) of a job of these sizes.</summary>
    public static PricingState Empty(long paths, long pathStart, int options, int parts) =>
        new(paths, new BlockTreeSums(OptionEntries(options), pathStart, pathStart, []), new BlockTreeSums(PartEntries(parts), pathStart, pathStart, []));

    /// <summary>Entries of <see cref="Options"/> for a job of <paramref name="options"/> options.</summary>
    public static int OptionEntries(int options) => options * OptionStatistic.Count * PricingSimulation.GreekBatches;

    /// <summary>Entries of <see cref="Parts"/> for a job of <paramref name="parts"/> parts.</summary>
    public static int PartEntries(int parts) => parts * 2 * PricingSimulation.GreekBatches;

    /// <summary><paramref name="left"/> and the range that follows it, <paramref name="right"/>, as one state.</summary>
    /// <exception cref="ArgumentException">The two are not adjacent ranges of one run of one job.</exception>
    public static PricingState Merge(PricingState left, PricingState right)
    {
        if (left.Paths != right.Paths)
        {
            throw new ArgumentException($"a state of a {left.Paths}-path run cannot merge with one of a {right.Paths}-path run");
        }
        return new PricingState(left.Paths, BlockTreeSums.Merge(left.Options, right.Options), BlockTreeSums.Merge(left.Parts, right.Parts));
    }
}
