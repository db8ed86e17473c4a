using ILGPU;
using ILGPU.Runtime;
using ILGPU.Runtime.CPU;
using ILGPU.Runtime.Cuda;
using ILGPU.Runtime.OpenCL;

namespace GpuRisk.Devices;

/// <summary>
/// Opens accelerators by kind: auto picks CUDA, then OpenCL, then the host's SIMD lanes (cpu-simd) where the CPU
/// has AVX-512, else the CPU accelerator. A device
/// that fails to initialise falls back to the CPU accelerator with a warning in
/// <see cref="DeviceSession.Warning"/>; the fallback is never silent.
/// </summary>
public static class DeviceSelector
{
    /// <summary>Parses auto, cpu, cpu-simd, cuda or opencl (case-insensitive).</summary>
    /// <exception cref="ArgumentException">Any other text.</exception>
    public static DeviceKind Parse(string text) => text.Trim().ToLowerInvariant() switch
    {
        "auto" => DeviceKind.Auto,
        "cpu" => DeviceKind.Cpu,
        "cpu-simd" => DeviceKind.CpuSimd,
        "cuda" => DeviceKind.Cuda,
        "opencl" => DeviceKind.OpenCL,
        _ => throw new ArgumentException($"device '{text}' is not one of auto, cpu, cpu-simd, cuda, opencl", nameof(text)),
    };

    /// <summary>
    /// The CPU accelerator sized to <paramref name="cores"/>: 2-thread warps (ILGPU needs a warp of
    /// at least 2) and one warp per 2 cores. ILGPU's default profile (16 threads) ran 2-3x slower on 2 cores.
    /// </summary>
    public static CPUDevice CpuDevice(int cores) => new(2, Math.Max(1, cores / 2), 1);

    /// <summary>Opens the accelerator <paramref name="kind"/> asks for.</summary>
    public static DeviceSession Open(DeviceKind kind)
    {
        Context context = CreateContext(kind);
        try
        {
            Device? device = kind switch
            {
                DeviceKind.Cpu or DeviceKind.CpuSimd => null,
                DeviceKind.Cuda => First(context.GetCudaDevices()),
                DeviceKind.OpenCL => First(context.GetCLDevices()),
                _ => First(context.GetCudaDevices())
                     ?? First(context.GetCLDevices()),
            };
            if (device is null)
            {
                if (kind is DeviceKind.CpuSimd || (kind is DeviceKind.Auto && SimdLanes.Native)) return OpenSimd(context);
                return OpenCpu(context, kind is DeviceKind.Cuda or DeviceKind.OpenCL
                    ? $"no {KindName(kind)} device found; using the CPU accelerator"
                    : null);
            }
            try
            {
                return new DeviceSession(context, device.CreateAccelerator(context), KindOf(device), null);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                return OpenCpu(context, $"{KindOf(device)} device '{device.Name}' failed to initialise ({e.Message}); using the CPU accelerator");
            }
        }
        catch
        {
            context.Dispose();
            throw;
        }
    }

    /// <summary>Every accelerator ILGPU sees, marking the one <c>--device auto</c> picks and why.</summary>
    public static IReadOnlyList<DeviceInfo> List()
    {
        using Context context = CreateContext(DeviceKind.Auto);
        var cuda = context.GetCudaDevices();
        var opencl = context.GetCLDevices();
        var cpu = context.GetCPUDevices();
        var list = new List<DeviceInfo>();
        bool picked = false;
        foreach (Device d in cuda)
        {
            list.Add(new DeviceInfo(d.Name, "cuda", d.MemorySize, !picked, picked ? "another CUDA device comes first" : "first CUDA device: auto prefers CUDA"));
            picked = true;
        }
        foreach (Device d in opencl)
        {
            list.Add(new DeviceInfo(d.Name, "opencl", d.MemorySize, !picked, picked ? "a CUDA or earlier OpenCL device comes first" : "no CUDA device; first OpenCL device"));
            picked = true;
        }
        var simd = new SimdLanes(Environment.ProcessorCount);
        bool simdPicked = !picked && SimdLanes.Native;
        list.Add(new DeviceInfo($"host SIMD: {simd.Description}", "cpu-simd", long.MaxValue, simdPicked,
            simdPicked ? "no GPU found; SIMD path walks on every core, the CPU accelerator for other stages"
            : SimdLanes.Native ? "used when asked for (--device cpu-simd)"
            : "no AVX-512: 16-lane operations are emulated, no faster than the CPU accelerator; used when asked for"));
        picked |= simdPicked;
        foreach (Device d in cpu)
        {
            list.Add(new DeviceInfo(d.Name, "cpu", d.MemorySize, !picked,
                picked ? $"used when asked for (--device cpu), when a GPU fails, and by cpu-simd for stages without lanes; {Environment.ProcessorCount} threads"
                : $"no GPU found and no AVX-512; CPU accelerator with {Environment.ProcessorCount} threads"));
            picked = true;
        }
        return list;
    }

    private static Context CreateContext(DeviceKind kind) => Context.Create(builder =>
    {
        if (kind is DeviceKind.Auto or DeviceKind.Cuda)
        {
            builder.Cuda();
        }
        if (kind is DeviceKind.Auto or DeviceKind.OpenCL)
        {
            builder.OpenCL();
        }
        builder.CPU(CpuDevice(Environment.ProcessorCount)).EnableAlgorithms();
    });

    private static Device? First<TDevice>(Context.DeviceCollection<TDevice> devices) where TDevice : Device =>
        devices.Count > 0 ? devices[0] : null;

    private static DeviceSession OpenCpu(Context context, string? warning) =>
        new(context, context.GetCPUDevice(0).CreateAccelerator(context), "cpu", warning);

    private static DeviceSession OpenSimd(Context context) =>
        new(context, context.GetCPUDevice(0).CreateAccelerator(context), "cpu-simd", null, new SimdLanes(Environment.ProcessorCount));

    private static string KindOf(Device device) => device.AcceleratorType switch
    {
        AcceleratorType.Cuda => "cuda",
        AcceleratorType.OpenCL => "opencl",
        _ => "cpu",
    };

    private static string KindName(DeviceKind kind) => kind == DeviceKind.Cuda ? "CUDA" : "OpenCL";
}
