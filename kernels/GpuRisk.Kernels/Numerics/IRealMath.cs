using System.Numerics;

namespace GpuRisk.Kernels.Numerics;

/// <summary>
/// The lane math of one number per thread (the 1-lane case of <see cref="ILaneMath{T, TMask}"/>: masks are bool,
/// random words are uint), with what only a scalar has: widening to double. Kernels are generic over (T, TMath)
/// so float and double share one source; arithmetic comes from <see cref="INumber{TSelf}"/>. Static abstract
/// members compile to direct calls on every backend.
/// </summary>
public interface IRealMath<T> : ILaneRandom<T, bool, uint> where T : unmanaged, INumber<T>
{
    /// <summary>Widening to double for accumulation.</summary>
    static abstract double ToDouble(T x);
}
