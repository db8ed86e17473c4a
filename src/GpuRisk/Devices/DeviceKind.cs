namespace GpuRisk.Devices;

/// <summary>Which accelerator to run on (<c>--device</c>).</summary>
public enum DeviceKind
{
    /// <summary>CUDA if present, else OpenCL, else the CPU accelerator.</summary>
    Auto,
    /// <summary>ILGPU's CPU accelerator, sized to the machine's cores.</summary>
    Cpu,
    /// <summary>The first CUDA GPU.</summary>
    Cuda,
    /// <summary>The first OpenCL device ILGPU accepts.</summary>
    OpenCL,
}
