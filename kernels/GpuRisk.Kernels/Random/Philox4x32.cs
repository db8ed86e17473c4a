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
        for (int round = 0; round < 10; round++)
        {
            ulong p0 = (ulong)Multiplier0 * c0;
            ulong p1 = (ulong)Multiplier1 * c2;
            uint n0 = (uint)(p1 >> 32) ^ c1 ^ k0;
            uint n2 = (uint)(p0 >> 32) ^ c3 ^ k1;
            c1 = (uint)p1;
            c3 = (uint)p0;
            c0 = n0;
            c2 = n2;
            k0 += Weyl0;
            k1 += Weyl1;
        }
        return new PhiloxBlock(c0, c1, c2, c3);
    }
}
