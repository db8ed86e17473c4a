using System.Numerics;
using GpuRisk.Kernels.Random;

namespace GpuRisk.Kernels.Numerics;

/// <summary>
/// The lane math of one number per thread (the 1-lane case of <see cref="ILaneMath{T, TMask}"/>: masks are bool,
/// random words are uint), with what only a scalar has: widening to double. Kernels are generic over (T, TMath)
/// so float and double share one source; arithmetic comes from <see cref="INumber{TSelf}"/>. Static abstract
/// members compile to direct calls on every backend. What is the same for every scalar type (comparisons, bool
/// masks, selects, 32-bit words) is implemented here once; each number type supplies its functions.
/// </summary>
public interface IRealMath<T> : ILaneRandom<T, bool, uint> where T : unmanaged, INumber<T>
{
    /// <summary>Widening to double for accumulation.</summary>
    static abstract double ToDouble(T x);

    /// <inheritdoc/>
    static T ILaneMath<T, bool>.Max(T a, T b) => a > b ? a : b;

    /// <inheritdoc/>
    static bool ILaneMath<T, bool>.LessThan(T a, T b) => a < b;

    /// <inheritdoc/>
    static bool ILaneMath<T, bool>.LessThanOrEqual(T a, T b) => a <= b;

    /// <inheritdoc/>
    static bool ILaneMath<T, bool>.Equal(T a, T b) => a == b;

    /// <inheritdoc/>
    static bool ILaneMath<T, bool>.And(bool a, bool b) => a & b;

    /// <inheritdoc/>
    static bool ILaneMath<T, bool>.AndNot(bool a, bool b) => a & !b;

    /// <inheritdoc/>
    static bool ILaneMath<T, bool>.Not(bool mask) => !mask;

    /// <inheritdoc/>
    static bool ILaneMath<T, bool>.Any(bool mask) => mask;

    /// <inheritdoc/>
    static T ILaneMath<T, bool>.Select(bool mask, T ifTrue, T ifFalse) => mask ? ifTrue : ifFalse;

    /// <inheritdoc/>
    static uint IWordLanes<uint>.Broadcast(uint x) => ScalarWords.Broadcast(x);

    /// <inheritdoc/>
    static uint IWordLanes<uint>.Xor(uint a, uint b) => ScalarWords.Xor(a, b);

    /// <inheritdoc/>
    static void IWordLanes<uint>.MultiplyWide(uint x, uint multiplier, out uint high, out uint low) =>
        ScalarWords.MultiplyWide(x, multiplier, out high, out low);
}
