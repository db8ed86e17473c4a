using ILGPU.Runtime;

namespace GpuRisk.Devices;

/// <summary>
/// Kernels loaded on one accelerator, each compiled and loaded once per session and launched many times.
/// A kernel is keyed by its entry point's name and its delegate type (which carries the generic arguments:
/// number type, observer type), so two stages asking for the same kernel share one load, and two kernels
/// with the same signature never do.
/// </summary>
public sealed class KernelCache(Accelerator accelerator)
{
    private readonly Dictionary<(string Name, Type Signature), Delegate> _loaded = [];
    private readonly Lock _gate = new();

    /// <summary>The kernel <paramref name="name"/> of delegate type <typeparamref name="TKernel"/>, loaded by <paramref name="load"/> on first use.</summary>
    public TKernel Get<TKernel>(string name, Func<Accelerator, TKernel> load) where TKernel : Delegate
    {
        lock (_gate)
        {
            if (!_loaded.TryGetValue((name, typeof(TKernel)), out Delegate? kernel))
            {
                kernel = load(accelerator);
                _loaded.Add((name, typeof(TKernel)), kernel);
            }
            return (TKernel)kernel;
        }
    }
}
