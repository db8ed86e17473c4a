namespace GpuRisk.Kernels.Reductions;

/// <summary>Shape of a slot-accumulator buffer and the chunk of paths a reduction reads.</summary>
public struct SlotLayout
{
    /// <summary>Slots per row.</summary>
    public int Slots;
    /// <summary>First path of the chunk.</summary>
    public long PathStart;
    /// <summary>One past the last path of the chunk.</summary>
    public long PathEnd;
}
