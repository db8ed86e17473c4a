namespace GpuRisk.Kernels.Reductions;

/// <summary>Shape of a slot-accumulator buffer and, for book moments, the chunk it reads.</summary>
public struct SlotLayout
{
    /// <summary>Slots per row.</summary>
    public int Slots;
    /// <summary>Rows to reduce.</summary>
    public int Rows;
    /// <summary>Batches each row is summed into (slot s goes to batch s mod Batches; divides Slots).</summary>
    public int Batches;
    /// <summary>First path of the chunk (book moments).</summary>
    public long PathStart;
    /// <summary>One past the last path of the chunk (book moments).</summary>
    public long PathEnd;
}
