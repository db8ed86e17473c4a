namespace GpuRisk.Kernels.Reductions;

/// <summary>The paths of one <see cref="BlockTree"/> block that a chunk holds, and what the chunk does with its leaf.</summary>
public struct BlockSpan
{
    /// <summary>First global path of the block in the chunk.</summary>
    public long PathStart;
    /// <summary>One past the last global path of the block in the chunk.</summary>
    public long PathEnd;
    /// <summary>The chunk holds the block's first path: its leaf starts from zero (else from the slot, where an earlier chunk left it).</summary>
    public bool Opens;
    /// <summary>The chunk holds the block's last path: its leaf is complete and merges (<see cref="BlockTree.Close"/>).</summary>
    public bool Closes;
    /// <summary>The slot of the block's leaf.</summary>
    public int Slot;
    /// <summary>How many times the leaf merges when it closes.</summary>
    public int Merges;
}
