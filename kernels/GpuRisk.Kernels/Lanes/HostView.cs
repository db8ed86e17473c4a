using System.Diagnostics;
using ILGPU;
using ILGPU.Runtime;

namespace GpuRisk.Kernels.Lanes;

/// <summary>
/// An <see cref="ArrayView{T}"/> of CPU-accelerator memory read and written directly by host code: the SIMD walk
/// works on the very buffers an ILGPU launch would get, with plain pointer indexing in its hot loop.
/// </summary>
public readonly unsafe struct HostView<T> where T : unmanaged
{
    private readonly T* _data;

    /// <summary>The memory of <paramref name="view"/>, which must live in host memory (the CPU accelerator's).</summary>
    public HostView(ArrayView<T> view)
    {
        Debug.Assert(!view.IsValid || view.GetAcceleratorType() == AcceleratorType.CPU, "a SIMD walk reads host memory only");
        _data = view.IsValid ? (T*)view.LoadEffectiveAddressAsPtr() : null;
        Length = view.IsValid ? view.IntLength : 0;
    }

    /// <summary>Elements in the view.</summary>
    public int Length { get; }

    /// <summary>Element <paramref name="index"/>.</summary>
    public ref T this[long index]
    {
        get
        {
            Debug.Assert((ulong)index < (ulong)Length);
            return ref _data[index];
        }
    }
}
