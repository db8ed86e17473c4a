namespace GpuRisk.Devices;

/// <summary>Which accelerator to run on (<c>--device</c>).</summary>
public enum DeviceKind
{
    /// <summary>CUDA if present, else OpenCL, else the host's SIMD lanes (<see cref="CpuSimd"/>) with AVX-512, else the CPU accelerator.</summary>
    Auto,
    /// <summary>ILGPU's CPU accelerator, sized to the machine's cores.</summary>
    Cpu,
    /// <summary>The first CUDA GPU.</summary>
    Cuda,
    /// <summary>The first OpenCL device ILGPU accepts.</summary>
    OpenCL,
    /// <summary>
    /// The host's SIMD units on every core (16 float lanes, one path each) for the path walks that run there
    /// (Monte Carlo pricing and state recording, float); every other stage runs on the CPU accelerator, with a warning.
    /// </summary>
    CpuSimd,
}
