namespace GpuRisk.Kernels.Random;

/// <summary>
/// One word per thread. The 32x32-&gt;64 product is written with <c>ulong</c> so the same source compiles for PTX
/// (mul.wide / mul.hi), OpenCL C and the CPU accelerator.
/// </summary>
public readonly struct ScalarWords : IWordLanes<uint>
{
    /// <inheritdoc/>
    public static uint Broadcast(uint x) => x;

    /// <inheritdoc/>
    public static uint Xor(uint a, uint b) => a ^ b;

    /// <inheritdoc/>
    public static void MultiplyWide(uint x, uint multiplier, out uint high, out uint low)
    {
        ulong product = (ulong)multiplier * x;
        high = (uint)(product >> 32);
        low = (uint)product;
    }
}
