using System.Runtime.InteropServices;
using GpuRisk.Kernels.Paths;

namespace GpuRisk.Kernels.Lanes;

/// <summary>
/// One SIMD worker's state between steps, in the layout of <see cref="WalkInputs{T}"/>'s per-thread scratch with
/// sixteen paths per entry: <see cref="States"/>[slot x StateVariants + variant], then the base state before the
/// current step at [Slots x StateVariants + slot]; <see cref="Normals"/>[stream x 4 + k]. In native memory aligned
/// to 64 bytes, so each 16-lane load or store touches one cache line (a managed array is only 8-byte aligned, and
/// a split access costs two). Dispose it when the worker is done.
/// </summary>
public sealed unsafe class LaneScratch : IDisposable
{
    private readonly void* _memory;
    private readonly int _states;
    private readonly int _normals;

    /// <summary>Scratch for a walk of <paramref name="inputs"/>' shape.</summary>
    public LaneScratch(in WalkInputs<float> inputs)
    {
        _states = Math.Max(1, inputs.Slots * (inputs.StateVariants + 1));
        _normals = Math.Max(1, inputs.Streams * 4);
        nuint bytes = (nuint)(_states * sizeof(PathState<Float512>) + _normals * sizeof(Float512));
        _memory = NativeMemory.AlignedAlloc(bytes, 64);
        NativeMemory.Clear(_memory, bytes);
    }

    /// <summary>Path states (see the class remarks).</summary>
    public Span<PathState<Float512>> States => new(_memory, _states);

    /// <summary>The current step pair's normals.</summary>
    public Span<Float512> Normals => new((byte*)_memory + _states * sizeof(PathState<Float512>), _normals);

    /// <inheritdoc/>
    public void Dispose() => NativeMemory.AlignedFree(_memory);
}
