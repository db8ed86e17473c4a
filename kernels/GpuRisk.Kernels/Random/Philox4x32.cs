using System.Runtime.CompilerServices;

namespace GpuRisk.Kernels.Random;

/// <summary>
/// Philox4x32-10: the counter-based generator of Salmon, Moraes, Dror and Shaw, "Parallel Random
/// Numbers: As Easy as 1, 2, 3" (SC11, 2011). A pure function of a 128-bit counter and a 64-bit
/// key, so any draw can be computed on any device without state; runs in kernels and on the host,
/// one counter per thread or one per SIMD lane, from this one source.
/// </summary>
/// <remarks>
/// Checked against the Random123 known-answer vectors (kat_vectors, philox4x32 10) in the tests, for one
/// lane and for every lane of a vector.
/// </remarks>
public static class Philox4x32
{
    private const uint Multiplier0 = 0xD2511F53;
    private const uint Multiplier1 = 0xCD9E8D57;
    private const uint Weyl0 = 0x9E3779B9;
    private const uint Weyl1 = 0xBB67AE85;

    /// <summary>Ten Philox rounds of counter (c0..c3) under key (k0, k1), one word per thread.</summary>
    public static PhiloxBlock<uint> Generate(uint c0, uint c1, uint c2, uint c3, uint k0, uint k1) =>
        Generate<uint, ScalarWords>(c0, c1, c2, c3, k0, k1);

    /// <summary>Ten Philox rounds of counter (c0..c3) under key (k0, k1), in every lane of <typeparamref name="TWord"/>.</summary>
    public static PhiloxBlock<TWord> Generate<TWord, TWords>(TWord c0, TWord c1, TWord c2, TWord c3, uint k0, uint k1)
        where TWord : unmanaged where TWords : struct, IWordLanes<TWord>
    {
        // Unrolled: the .NET JIT (CPU accelerator, SIMD lanes) does not unroll the loop, and the 10 rounds
        // are the generator's whole cost.
        var x = new PhiloxBlock<TWord>(c0, c1, c2, c3);
        Round<TWord, TWords>(ref x, k0, k1);
        Round<TWord, TWords>(ref x, unchecked(k0 + 1 * Weyl0), unchecked(k1 + 1 * Weyl1));
        Round<TWord, TWords>(ref x, unchecked(k0 + 2 * Weyl0), unchecked(k1 + 2 * Weyl1));
        Round<TWord, TWords>(ref x, unchecked(k0 + 3 * Weyl0), unchecked(k1 + 3 * Weyl1));
        Round<TWord, TWords>(ref x, unchecked(k0 + 4 * Weyl0), unchecked(k1 + 4 * Weyl1));
        Round<TWord, TWords>(ref x, unchecked(k0 + 5 * Weyl0), unchecked(k1 + 5 * Weyl1));
        Round<TWord, TWords>(ref x, unchecked(k0 + 6 * Weyl0), unchecked(k1 + 6 * Weyl1));
        Round<TWord, TWords>(ref x, unchecked(k0 + 7 * Weyl0), unchecked(k1 + 7 * Weyl1));
        Round<TWord, TWords>(ref x, unchecked(k0 + 8 * Weyl0), unchecked(k1 + 8 * Weyl1));
        Round<TWord, TWords>(ref x, unchecked(k0 + 9 * Weyl0), unchecked(k1 + 9 * Weyl1));
        return x;
    }

    /// <summary>One round: two 32x32-&gt;64 products, a Feistel-like swap and the key XOR.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Round<TWord, TWords>(ref PhiloxBlock<TWord> x, uint k0, uint k1)
        where TWord : unmanaged where TWords : struct, IWordLanes<TWord>
    {
        TWords.MultiplyWide(x.X0, Multiplier0, out TWord high0, out TWord low0);
        TWords.MultiplyWide(x.X2, Multiplier1, out TWord high1, out TWord low1);
        TWord n0 = TWords.Xor(TWords.Xor(high1, x.X1), TWords.Broadcast(k0));
        TWord n2 = TWords.Xor(TWords.Xor(high0, x.X3), TWords.Broadcast(k1));
        x.X1 = low1;
        x.X3 = low0;
        x.X0 = n0;
        x.X2 = n2;
    }
}
