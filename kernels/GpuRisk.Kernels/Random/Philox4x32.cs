using System.Runtime.CompilerServices;

namespace GpuRisk.Kernels.Random;

/// <summary>
/// Philox4x32-10: the counter-based generator of Salmon, Moraes, Dror and Shaw, "Parallel Random
/// Numbers: As Easy as 1, 2, 3" (SC11, 2011). A pure function of a 128-bit counter and a 64-bit
/// key, so any draw can be computed on any device without state; runs in kernels and on the host.
/// </summary>
/// <remarks>
/// Checked against the Random123 known-answer vectors (kat_vectors, philox4x32 10) in the tests.
/// The 32x32->64 products are written with <c>ulong</c> so the same source compiles for PTX,
/// OpenCL C and the CPU accelerator.
/// </remarks>
public static class Philox4x32
{
    private const uint Multiplier0 = 0xD2511F53;
    private const uint Multiplier1 = 0xCD9E8D57;
    private const uint Weyl0 = 0x9E3779B9;
    private const uint Weyl1 = 0xBB67AE85;

    /// <summary>Ten Philox rounds of counter (c0..c3) under key (k0, k1).</summary>
    public static PhiloxBlock Generate(uint c0, uint c1, uint c2, uint c3, uint k0, uint k1)
    {
        // Unrolled: the .NET JIT (CPU accelerator) does not unroll the loop, and the 10 rounds
        // are the generator's whole cost.
        var x = new PhiloxBlock(c0, c1, c2, c3);
        Round(ref x, k0, k1);
        Round(ref x, unchecked(k0 + 1 * Weyl0), unchecked(k1 + 1 * Weyl1));
        Round(ref x, unchecked(k0 + 2 * Weyl0), unchecked(k1 + 2 * Weyl1));
        Round(ref x, unchecked(k0 + 3 * Weyl0), unchecked(k1 + 3 * Weyl1));
        Round(ref x, unchecked(k0 + 4 * Weyl0), unchecked(k1 + 4 * Weyl1));
        Round(ref x, unchecked(k0 + 5 * Weyl0), unchecked(k1 + 5 * Weyl1));
        Round(ref x, unchecked(k0 + 6 * Weyl0), unchecked(k1 + 6 * Weyl1));
        Round(ref x, unchecked(k0 + 7 * Weyl0), unchecked(k1 + 7 * Weyl1));
        Round(ref x, unchecked(k0 + 8 * Weyl0), unchecked(k1 + 8 * Weyl1));
        Round(ref x, unchecked(k0 + 9 * Weyl0), unchecked(k1 + 9 * Weyl1));
        return x;
    }

    /// <summary>One round: two 32x32-&gt;64 products, a Feistel-like swap and the key XOR.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Round(ref PhiloxBlock x, uint k0, uint k1)
    {
        ulong p0 = (ulong)Multiplier0 * x.X0;
        ulong p1 = (ulong)Multiplier1 * x.X2;
        uint n0 = (uint)(p1 >> 32) ^ x.X1 ^ k0;
        uint n2 = (uint)(p0 >> 32) ^ x.X3 ^ k1;
        x.X1 = (uint)p1;
        x.X3 = (uint)p0;
        x.X0 = n0;
        x.X2 = n2;
    }
}
