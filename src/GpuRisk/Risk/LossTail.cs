namespace GpuRisk.Risk;

/// <summary>
/// The <see cref="Capacity"/> largest losses of a run, with their per-underlying parts: what VaR, ES, their
/// intervals and the Euler contributions need. The k largest of a union are among each part's k largest, so shards'
/// tails merge exactly. Ties are broken by path index, so the order never depends on arrival.
/// </summary>
public sealed class LossTail
{
    private readonly PriorityQueue<TailEntry, (double Loss, long NegPath)> _heap = new();

    /// <summary>A tail keeping the <paramref name="capacity"/> largest losses.</summary>
    public LossTail(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        Capacity = capacity;
    }

    /// <summary>Losses kept.</summary>
    public int Capacity { get; }

    /// <summary>Offers a loss.</summary>
    public void Add(TailEntry entry)
    {
        // The heap's minimum is the smallest kept loss (and, at equal loss, the largest path index).
        var key = (entry.Loss, -entry.Path);
        if (_heap.Count < Capacity)
        {
            _heap.Enqueue(entry, key);
        }
        else if (_heap.TryPeek(out _, out var smallest) && key.CompareTo(smallest) > 0)
        {
            _heap.DequeueEnqueue(entry, key);
        }
    }

    /// <summary>Offers every loss of <paramref name="other"/>.</summary>
    public void Merge(LossTail other)
    {
        foreach (TailEntry e in other.Sorted()) Add(e);
    }

    /// <summary>The kept losses, largest first (equal losses by path index).</summary>
    public TailEntry[] Sorted() =>
        [.. _heap.UnorderedItems.Select(x => x.Element).OrderByDescending(e => e.Loss).ThenBy(e => e.Path)];
}
