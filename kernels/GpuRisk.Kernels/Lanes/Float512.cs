using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace GpuRisk.Kernels.Lanes;

/// <summary>
/// Sixteen float lanes, one path each: the SIMD lane type of the host walk (<see cref="LaneWalker"/>). A wrapper
/// so the lane-generic formulas can use +, -, *, / on it as on float (<see cref="Vector512{T}"/> has the
/// operators but not the generic-math interfaces); the JIT keeps it in one 512-bit register. Where the machine
/// has no 512-bit vectors, .NET runs each operation as two 256-bit (or four 128-bit) halves.
/// </summary>
public readonly struct Float512 :
    IAdditionOperators<Float512, Float512, Float512>,
    ISubtractionOperators<Float512, Float512, Float512>,
    IMultiplyOperators<Float512, Float512, Float512>,
    IDivisionOperators<Float512, Float512, Float512>,
    IUnaryNegationOperators<Float512, Float512>
{
    /// <summary>Lanes per value (paths walked together).</summary>
    public const int Lanes = 16;

    /// <summary>The lanes.</summary>
    public readonly Vector512<float> Value;

    /// <summary>The value holding <paramref name="value"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Float512(Vector512<float> value) => Value = value;

    /// <summary>Lane <paramref name="lane"/>.</summary>
    public float this[int lane] => Value.GetElement(lane);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Float512 operator +(Float512 left, Float512 right) => new(left.Value + right.Value);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Float512 operator -(Float512 left, Float512 right) => new(left.Value - right.Value);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Float512 operator *(Float512 left, Float512 right) => new(left.Value * right.Value);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Float512 operator /(Float512 left, Float512 right) => new(left.Value / right.Value);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Float512 operator -(Float512 value) => new(-value.Value);
}
