using GpuRisk.Hedging;
using GpuRisk.MonteCarlo;
using GpuRisk.Optimization;
using GpuRisk.Output;
using GpuRisk.Risk;

namespace GpuRisk.Sharding;

/// <summary>
/// A shard's partial state on disk: the accumulators of the mc, var, backtest and optimize stages (block-tree sums,
/// block sums, kept tails, counts, samples, jump samples), in a little-endian binary file whose doubles round-trip
/// exactly, so merged shards finish to the figures of one run. The settings are not stored: they come from the same
/// config, which the manifest's hashes pin.
/// </summary>
public static class StateFile
{
    // 2: the optimizer's statistics per time bucket; a shard written before is refused rather than misread.
    private const int FormatVersion = 2;

    /// <summary>Writes the Monte Carlo valuation's <paramref name="state"/> to <paramref name="path"/> atomically.</summary>
    public static void Write(string path, PricingState state) => Save(path, "mc", w =>
    {
        w.Write(state.Paths);
        Write(w, state.Options);
        Write(w, state.Parts);
    });

    /// <summary>Reads a Monte Carlo valuation's state (its shape is in the file; the merge checks it against the book).</summary>
    public static PricingState ReadMonteCarlo(string path)
    {
        PricingState? state = null;
        Load(path, "mc", r => state = new PricingState(r.ReadInt64(), ReadTree(r, path), ReadTree(r, path)));
        return state!;
    }

    /// <summary>Writes <paramref name="state"/> to <paramref name="path"/> atomically.</summary>
    public static void Write(string path, VarState state) => Save(path, "var", w =>
    {
        w.Write(state.BaseValue);
        w.Write(state.Horizons.Count);
        for (int h = 0; h < state.Horizons.Count; h++)
        {
            VarHorizonState s = state.Horizons[h];
            w.Write(state.RevaluationErrors[h]);
            Write(w, s.Pnl);
            Write(w, s.Tail);
            w.Write(s.RegimeCounts.Length);
            foreach (long c in s.RegimeCounts) w.Write(c);
            w.Write(s.Samples.Count);
            foreach (var (start, values) in s.Samples)
            {
                w.Write(start);
                w.Write(values.Count);
                foreach (double x in values) w.Write(x);
            }
        }
    });

    /// <summary>Reads a var state into the fresh <paramref name="into"/> (made from the same settings).</summary>
    public static void Read(string path, VarState into) => Load(path, "var", r =>
    {
        double baseValue = r.ReadDouble();
        if (baseValue != into.BaseValue) throw new InvalidDataException($"{path}: base value {baseValue} differs from {into.BaseValue}");
        Expect(r.ReadInt32(), into.Horizons.Count, path, "horizons");
        for (int h = 0; h < into.Horizons.Count; h++)
        {
            VarHorizonState s = into.Horizons[h];
            into.RevaluationErrors[h] = r.ReadDouble();
            Read(r, s.Pnl);
            Read(r, s.Tail);
            Expect(r.ReadInt32(), s.RegimeCounts.Length, path, "regimes");
            for (int k = 0; k < s.RegimeCounts.Length; k++) s.RegimeCounts[k] = r.ReadInt64();
            int runs = r.ReadInt32();
            for (int i = 0; i < runs; i++)
            {
                long start = r.ReadInt64();
                int count = r.ReadInt32();
                var values = new List<double>(count);
                for (int j = 0; j < count; j++) values.Add(r.ReadDouble());
                s.Samples.Add(start, values);
            }
        }
    });

    /// <summary>Writes <paramref name="state"/> to <paramref name="path"/> atomically.</summary>
    public static void Write(string path, BacktestState state) => Save(path, "backtest", w =>
    {
        w.Write(state.GapLimitUsd);
        w.Write(state.Policies.Count);
        foreach (PolicyState p in state.Policies)
        {
            w.Write(p.Spec.Text);
            foreach (MomentBlocks m in Blocks(p)) Write(w, m);
            Write(w, p.PnlTail);
            Write(w, p.GapTail);
            w.Write(p.GapExceeded);
            w.Write(p.Breached);
        }
    });

    /// <summary>Reads a backtest state into the fresh <paramref name="into"/> (made from the same settings).</summary>
    public static void Read(string path, BacktestState into) => Load(path, "backtest", r =>
    {
        double gapLimit = r.ReadDouble();
        if (gapLimit != into.GapLimitUsd) throw new InvalidDataException($"{path}: gap limit {gapLimit} differs from {into.GapLimitUsd}");
        Expect(r.ReadInt32(), into.Policies.Count, path, "policies");
        foreach (PolicyState p in into.Policies)
        {
            string name = r.ReadString();
            if (name != p.Spec.Text) throw new InvalidDataException($"{path}: policy '{name}' where '{p.Spec.Text}' was expected");
            foreach (MomentBlocks m in Blocks(p)) Read(r, m);
            Read(r, p.PnlTail);
            Read(r, p.GapTail);
            p.GapExceeded = r.ReadInt64();
            p.Breached = r.ReadInt64();
        }
    });

    /// <summary>Writes the optimizer's transition statistics (per underlying, regime and time bucket) to <paramref name="path"/> atomically.</summary>
    public static void Write(string path, TransitionLawEstimator estimator) => Save(path, "optimize", w =>
    {
        w.Write(estimator.Slots);
        w.Write(estimator.Regimes);
        w.Write(estimator.Buckets.Intervals);
        w.Write(estimator.Buckets.Count);
        foreach (int first in estimator.Buckets.FirstInterval) w.Write(first);
        foreach (TransitionLawEstimator.Stats st in Cells(estimator))
        {
            foreach (MomentBlocks m in Blocks(st)) Write(w, m);
            w.Write(st.JumpSample.Count);
            foreach (double x in st.JumpSample) w.Write(x);
        }
    });

    /// <summary>Reads transition statistics into the fresh <paramref name="into"/> (made from the same settings, so over the same buckets).</summary>
    public static void Read(string path, TransitionLawEstimator into) => Load(path, "optimize", r =>
    {
        Expect(r.ReadInt32(), into.Slots, path, "underlyings");
        Expect(r.ReadInt32(), into.Regimes, path, "regimes");
        Expect(r.ReadInt32(), into.Buckets.Intervals, path, "check intervals");
        Expect(r.ReadInt32(), into.Buckets.Count, path, "time buckets");
        int[] starts = [.. into.Buckets.FirstInterval.Select(_ => r.ReadInt32())];
        if (!starts.SequenceEqual(into.Buckets.FirstInterval))
        {
            throw new InvalidDataException(
                $"{path}: time buckets start at checks [{string.Join(", ", starts)}] where [{string.Join(", ", into.Buckets.FirstInterval)}] were expected");
        }
        foreach (TransitionLawEstimator.Stats st in Cells(into))
        {
            foreach (MomentBlocks m in Blocks(st)) Read(r, m);
            int n = r.ReadInt32();
            for (int i = 0; i < n; i++) st.JumpSample.Add(r.ReadDouble());
        }
    });

    /// <summary>Every (underlying, regime, bucket)'s statistics, in the file's order.</summary>
    private static IEnumerable<TransitionLawEstimator.Stats> Cells(TransitionLawEstimator estimator) =>
        from s in Enumerable.Range(0, estimator.Slots)
        from g in Enumerable.Range(0, estimator.Regimes)
        from b in Enumerable.Range(0, estimator.Buckets.Count)
        select estimator.Of(s, g, b);

    private static MomentBlocks[] Blocks(PolicyState p) => [p.Pnl, p.Cost, p.HedgeError, p.Trades, p.Failed, p.Shortfall];

    private static MomentBlocks[] Blocks(TransitionLawEstimator.Stats s) => [s.Diffusive, s.Jump, s.SpotMove, s.Spot, s.Variance];

    private static void Write(BinaryWriter w, MomentBlocks m)
    {
        w.Write(m.Blocks.Count);
        foreach (var (block, sums) in m.Blocks)
        {
            w.Write(block);
            w.Write(sums.Length);
            foreach (double x in sums) w.Write(x);
        }
    }

    private static void Read(BinaryReader r, MomentBlocks into)
    {
        int blocks = r.ReadInt32();
        for (int i = 0; i < blocks; i++)
        {
            long block = r.ReadInt64();
            var sums = new double[r.ReadInt32()];
            for (int j = 0; j < sums.Length; j++) sums[j] = r.ReadDouble();
            into.AddBlock(block, sums);
        }
    }

    private static void Write(BinaryWriter w, BlockTreeSums sums)
    {
        w.Write(sums.Entries);
        w.Write(sums.PathStart);
        w.Write(sums.PathEnd);
        w.Write(sums.Nodes.Length);
        foreach (double x in sums.Nodes) w.Write(x);
    }

    private static BlockTreeSums ReadTree(BinaryReader r, string path)
    {
        int entries = r.ReadInt32();
        long start = r.ReadInt64(), end = r.ReadInt64();
        var nodes = new double[r.ReadInt32()];
        for (int i = 0; i < nodes.Length; i++) nodes[i] = r.ReadDouble();
        try
        {
            return new BlockTreeSums(entries, start, end, nodes);
        }
        catch (ArgumentException e)
        {
            throw new InvalidDataException($"{path}: {e.Message}", e);
        }
    }

    private static void Write(BinaryWriter w, LossTail tail)
    {
        TailEntry[] entries = tail.Sorted();
        w.Write(entries.Length);
        foreach (TailEntry e in entries)
        {
            w.Write(e.Loss);
            w.Write(e.Path);
            w.Write(e.Parts.Length);
            foreach (double x in e.Parts) w.Write(x);
        }
    }

    private static void Read(BinaryReader r, LossTail into)
    {
        int n = r.ReadInt32();
        for (int i = 0; i < n; i++)
        {
            double loss = r.ReadDouble();
            long path = r.ReadInt64();
            var parts = new double[r.ReadInt32()];
            for (int j = 0; j < parts.Length; j++) parts[j] = r.ReadDouble();
            into.Add(new TailEntry(loss, path, parts));
        }
    }

    private static void Save(string path, string kind, Action<BinaryWriter> body) => AtomicFile.Write(path, stream =>
    {
        using var w = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        w.Write("GPURISK-STATE");
        w.Write(FormatVersion);
        w.Write(kind);
        body(w);
    });

    private static void Load(string path, string kind, Action<BinaryReader> body)
    {
        using var r = new BinaryReader(File.OpenRead(path));
        if (r.ReadString() != "GPURISK-STATE" || r.ReadInt32() != FormatVersion || r.ReadString() != kind)
        {
            throw new InvalidDataException($"{path} is not a {kind} state file of this version");
        }
        body(r);
    }

    private static void Expect(int actual, int expected, string path, string what)
    {
        if (actual != expected) throw new InvalidDataException($"{path}: {actual} {what} where {expected} were expected");
    }
}
