namespace GpuRisk.Kernels.Reductions;

/// <summary>How paths map to slots (path p to slot p mod <see cref="Slots"/>), and the chunk of paths a reduction reads.</summary>
public struct SlotLayout
{
    /// <summary>Slots per row.</summary>
    public int Slots;
    /// <summary>First path of the chunk.</summary>
    public long PathStart;
    /// <summary>One past the last path of the chunk.</summary>
    public long PathEnd;
}
