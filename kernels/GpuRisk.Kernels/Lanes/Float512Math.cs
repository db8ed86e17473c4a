using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using GpuRisk.Kernels.Numerics;

namespace GpuRisk.Kernels.Lanes;

/// <summary>
/// Lane math of <see cref="Float512"/>: sixteen single-precision paths per operation. Masks are
/// <see cref="Vector512{T}"/> of float with all bits set or clear per lane (AVX-512 keeps them in mask
/// registers), random words 16 uint lanes. Exp is .NET's vectorised function and Log an inline Cephes logf (each
/// within about 1 ulp, as MathF's are: the SIMD-vs-thread differences come from them); sin/cos and Phi are the
/// float polynomials every lane type shares; Sqrt and division are IEEE exact, so the rest rounds exactly as a
/// float thread does.
/// </summary>
public readonly struct Float512Math : ILaneRandom<Float512, Vector512<float>, Vector512<uint>>
{
    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Float512 From(double x) => new(Vector512.Create((float)x));
    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Float512 Exp(Float512 x) => new(Vector512.Exp(x.Value));
    /// <summary>
    /// Natural logarithm of positive normal numbers (the only arguments lanes take: uniforms, ratios of positive
    /// numbers; others give unspecified values), inline: Cephes logf (S. Moshier, Cephes logf.c: x = 2^e m with
    /// m in [sqrt(1/2), sqrt 2), ln m = f - f^2/2 + f^3 P(f) with f = m - 1, ln 2 split in two parts; error about
    /// 1 ulp). .NET's Vector512.Log is a call, and every 16-lane value live across it goes to memory.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Float512 Log(Float512 x)
    {
        Vector512<int> bits = x.Value.AsInt32();
        // m in [1/2, 1) with x = m 2^e; then m < sqrt(1/2) is doubled into [sqrt(1/2), sqrt 2).
        Vector512<int> exponent = Vector512.ShiftRightLogical(bits, 23) - Vector512.Create(126);
        Vector512<float> m = ((bits & Vector512.Create(0x007F_FFFF)) | Vector512.Create(0x3F00_0000)).AsSingle();
        Vector512<float> small = Vector512.LessThan(m, Vector512.Create(0.707106781186547524f));
        Vector512<float> e = Vector512.ConvertToSingle(exponent) - (small & Vector512.Create(1.0f));
        Vector512<float> f = m + (small & m) - Vector512.Create(1.0f);
        Vector512<float> z = f * f;
        Vector512<float> p = Vector512.Create(7.0376836292e-2f);
        p = Vector512.FusedMultiplyAdd(p, f, Vector512.Create(-1.1514610310e-1f));
        p = Vector512.FusedMultiplyAdd(p, f, Vector512.Create(1.1676998740e-1f));
        p = Vector512.FusedMultiplyAdd(p, f, Vector512.Create(-1.2420140846e-1f));
        p = Vector512.FusedMultiplyAdd(p, f, Vector512.Create(1.4249322787e-1f));
        p = Vector512.FusedMultiplyAdd(p, f, Vector512.Create(-1.6668057665e-1f));
        p = Vector512.FusedMultiplyAdd(p, f, Vector512.Create(2.0000714765e-1f));
        p = Vector512.FusedMultiplyAdd(p, f, Vector512.Create(-2.4999993993e-1f));
        p = Vector512.FusedMultiplyAdd(p, f, Vector512.Create(3.3333331174e-1f));
        Vector512<float> y = Vector512.FusedMultiplyAdd(f * z, p, Vector512.FusedMultiplyAdd(e, Vector512.Create(-2.12194440e-4f),
            -Vector512.Create(0.5f) * z));
        return new(Vector512.FusedMultiplyAdd(e, Vector512.Create(0.693359375f), f + y));
    }
    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Float512 Sqrt(Float512 x) => new(Vector512.Sqrt(x.Value));
    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Float512 Abs(Float512 x) => new(Vector512.Abs(x.Value));
    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Float512 Floor(Float512 x) => new(Vector512.Floor(x.Value));
    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Float512 Max(Float512 a, Float512 b) => new(Vector512.ConditionalSelect(Vector512.GreaterThan(a.Value, b.Value), a.Value, b.Value));
    /// <summary>The Cephes polynomials of <see cref="CephesSinCos.TwoPi{T, TMask, TMath}"/>, sixteen lanes at a time.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void SinCosTwoPi(Float512 turns, out Float512 sine, out Float512 cosine) =>
        CephesSinCos.TwoPi<Float512, Vector512<float>, Float512Math>(turns, out sine, out cosine);
    /// <summary>The Chebyshev erfc fit of <see cref="ChebyshevNormalCdf.Phi{T, TMask, TMath}"/>, sixteen lanes at a time.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Float512 NormalCdf(Float512 x) => ChebyshevNormalCdf.Phi<Float512, Vector512<float>, Float512Math>(x);
    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<float> LessThan(Float512 a, Float512 b) => Vector512.LessThan(a.Value, b.Value);
    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<float> LessThanOrEqual(Float512 a, Float512 b) => Vector512.LessThanOrEqual(a.Value, b.Value);
    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<float> Equal(Float512 a, Float512 b) => Vector512.Equals(a.Value, b.Value);
    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<float> And(Vector512<float> a, Vector512<float> b) => a & b;
    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<float> AndNot(Vector512<float> a, Vector512<float> b) => Vector512.AndNot(a, b);
    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<float> Not(Vector512<float> mask) => ~mask;
    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Any(Vector512<float> mask) => Vector512.ExtractMostSignificantBits(mask) != 0;
    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Float512 Select(Vector512<float> mask, Float512 ifTrue, Float512 ifFalse) =>
        new(Vector512.ConditionalSelect(mask, ifTrue.Value, ifFalse.Value));

    /// <summary>As <see cref="FloatMath.Uniform"/> in every lane: the top 23 bits plus one half, times 2^-23 (exact).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Float512 Uniform(Vector512<uint> bits) =>
        new((Vector512.ConvertToSingle(Vector512.ShiftRightLogical(bits, 9).AsInt32()) + Vector512.Create(0.5f)) * Vector512.Create(1.0f / 8388608.0f));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<uint> Broadcast(uint x) => Vector512.Create(x);
    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<uint> Xor(Vector512<uint> a, Vector512<uint> b) => a ^ b;

    /// <summary>
    /// With AVX-512: VPMULUDQ multiplies the even lanes to 64 bits; the odd lanes, shifted down, take a second one;
    /// the high halves are interleaved back and the low halves are the plain 32-bit product. Elsewhere: widen to
    /// 64-bit lanes, multiply, narrow.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void MultiplyWide(Vector512<uint> x, uint multiplier, out Vector512<uint> high, out Vector512<uint> low)
    {
        Vector512<uint> m = Vector512.Create(multiplier);
        low = x * m;
        if (Avx512F.IsSupported)
        {
            Vector512<ulong> even = Avx512F.Multiply(x, m);
            Vector512<ulong> odd = Avx512F.Multiply(Vector512.ShiftRightLogical(x.AsUInt64(), 32).AsUInt32(), m);
            high = (Vector512.ShiftRightLogical(even, 32) | (odd & Vector512.Create(0xFFFF_FFFF_0000_0000UL))).AsUInt32();
            return;
        }
        (Vector512<ulong> lower, Vector512<ulong> upper) = Vector512.Widen(x);
        Vector512<ulong> wide = Vector512.Create((ulong)multiplier);
        high = Vector512.Narrow(Vector512.ShiftRightLogical(lower * wide, 32), Vector512.ShiftRightLogical(upper * wide, 32));
    }
}
