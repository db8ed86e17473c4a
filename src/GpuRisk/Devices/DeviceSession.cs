using ILGPU;
using ILGPU.Runtime;

namespace GpuRisk.Devices;

/// <summary>
/// An open accelerator and the ILGPU context that owns it. Dispose it when done; kernels loaded on
/// it live as long as it does. A cpu-simd session also holds the host's SIMD lanes (<see cref="Simd"/>): path
/// walks that run there do, and every other kernel runs on its CPU accelerator, announced by <see cref="FallBack"/>.
/// </summary>
public sealed class DeviceSession : IDisposable
{
    private readonly HashSet<string> _fellBack = [];
    private readonly Lock _gate = new();

    internal DeviceSession(Context context, Accelerator accelerator, string kind, string? warning, SimdLanes? simd = null)
    {
        Context = context;
        Accelerator = accelerator;
        Kind = kind;
        Warning = warning;
        Simd = simd;
        Kernels = new KernelCache(accelerator);
    }

    /// <summary>The kernels loaded on <see cref="Accelerator"/> (each loaded once per session).</summary>
    public KernelCache Kernels { get; }

    /// <summary>The ILGPU context (created with algorithms enabled).</summary>
    public Context Context { get; }

    /// <summary>The accelerator kernels run on (for cpu-simd: the CPU accelerator, for what lanes do not run).</summary>
    public Accelerator Accelerator { get; }

    /// <summary>cpu, cpu-simd, cuda or opencl.</summary>
    public string Kind { get; }

    /// <summary>The host's SIMD lanes when this is a cpu-simd session; null otherwise.</summary>
    public SimdLanes? Simd { get; }

    /// <summary>The name results report: kind and device, e.g. "cuda: NVIDIA H100", "cpu-simd: 16 float lanes (AVX-512) x 2 cores".</summary>
    public string Name => Simd is { } simd ? $"{Kind}: {simd.Description}" : $"{Kind}: {Accelerator.Name}";

    /// <summary>Set when the requested device failed and the CPU accelerator was used instead.</summary>
    public string? Warning { get; }

    /// <summary>
    /// Raised once per stage that a cpu-simd session runs on its CPU accelerator instead (see <see cref="FallBack"/>),
    /// with the message to show; a fallback is never silent.
    /// </summary>
    public event Action<string>? Warned;

    /// <summary>
    /// Says that <paramref name="stage"/> runs on <see cref="Accelerator"/> although this is a cpu-simd session (it
    /// has no SIMD version yet): raises <see cref="Warned"/> the first time per stage. No-op on other devices.
    /// </summary>
    public void FallBack(string stage)
    {
        if (Simd is null) return;
        lock (_gate)
        {
            if (!_fellBack.Add(stage)) return;
        }
        Warned?.Invoke($"{stage} does not run on cpu-simd yet; using the CPU accelerator for it");
    }

    /// <summary><see cref="Accelerator"/> for a stage that runs only ILGPU kernels, after <see cref="FallBack"/> for it.</summary>
    public Accelerator AcceleratorFor(string stage)
    {
        FallBack(stage);
        return Accelerator;
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        Accelerator.Dispose();
        Context.Dispose();
    }
}
