using ILGPU;
using ILGPU.Runtime;

namespace GpuRisk.Devices;

/// <summary>
/// An open accelerator and the ILGPU context that owns it. Dispose it when done; kernels loaded on
/// it live as long as it does.
/// </summary>
public sealed class DeviceSession : IDisposable
{
    internal DeviceSession(Context context, Accelerator accelerator, string kind, string? warning)
    {
        Context = context;
        Accelerator = accelerator;
        Kind = kind;
        Warning = warning;
        Kernels = new KernelCache(accelerator);
    }

    /// <summary>The kernels loaded on <see cref="Accelerator"/> (each loaded once per session).</summary>
    public KernelCache Kernels { get; }

    /// <summary>The ILGPU context (created with algorithms enabled).</summary>
    public Context Context { get; }

    /// <summary>The accelerator kernels run on.</summary>
    public Accelerator Accelerator { get; }

    /// <summary>cpu, cuda or opencl.</summary>
    public string Kind { get; }

    /// <summary>The name results report: kind and device name, e.g. "cuda: NVIDIA H100".</summary>
    public string Name => $"{Kind}: {Accelerator.Name}";

    /// <summary>Set when the requested device failed and the CPU accelerator was used instead.</summary>
    public string? Warning { get; }

    /// <inheritdoc/>
    public void Dispose()
    {
        Accelerator.Dispose();
        Context.Dispose();
    }
}
