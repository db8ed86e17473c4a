namespace GpuRisk.Kernels.Paths;

/// <summary>Which paths an accumulator slot owns: p with p mod slots == slot, in increasing order.</summary>
public static class Slots
{
    /// <summary>The first path at or after <paramref name="pathStart"/> owned by <paramref name="slot"/>.</summary>
    public static long FirstPath(long pathStart, int slot, int slots)
    {
        long offset = (slot - pathStart % slots + slots) % slots;
        return pathStart + offset;
    }
}
