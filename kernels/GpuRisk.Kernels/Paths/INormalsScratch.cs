namespace GpuRisk.Kernels.Paths;

/// <summary>
/// Where a walk keeps the normals of the current step pair between steps (see <see cref="PathDraws"/>): per
/// stream j, k = 0, 1 the even step's spot driver and variance residual, k = 2, 3 the odd step's. A device
/// array slice per thread, or a host array of lanes per SIMD worker.
/// </summary>
/// <typeparam name="T">The lane type.</typeparam>
public interface INormalsScratch<T>
{
    /// <summary>Normal <paramref name="k"/> (0 to 3) of stream <paramref name="stream"/>.</summary>
    T this[int stream, int k] { get; set; }
}
