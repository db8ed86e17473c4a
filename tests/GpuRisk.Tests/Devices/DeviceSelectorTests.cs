using GpuRisk.Devices;

namespace GpuRisk.Tests.Devices;

public sealed class DeviceSelectorTests
{
    [Fact]
    public void Lists_devices_with_exactly_one_auto_pick()
    {
        IReadOnlyList<DeviceInfo> devices = DeviceSelector.List();
        Assert.Contains(devices, d => d.Kind == "cpu");
        Assert.Single(devices, d => d.AutoPick);
    }

    [Fact]
    public void Cpu_session_reports_its_name_and_no_warning()
    {
        using DeviceSession s = DeviceSelector.Open(DeviceKind.Cpu);
        Assert.Equal("cpu", s.Kind);
        Assert.Null(s.Warning);
        Assert.StartsWith("cpu", s.Name);
    }

    /// <summary>
    /// A requested GPU opens when the machine has one and otherwise falls back to the CPU with a warning, never
    /// silently: whichever machine runs this, one of the two is checked, against what ILGPU lists.
    /// </summary>
    [Theory]
    [InlineData(DeviceKind.Cuda, "cuda", "CUDA")]
    [InlineData(DeviceKind.OpenCL, "opencl", "OpenCL")]
    public void A_requested_gpu_opens_or_falls_back_to_cpu_with_a_warning(DeviceKind kind, string name, string warning)
    {
        bool present = DeviceSelector.List().Any(d => d.Kind == name);
        using DeviceSession s = DeviceSelector.Open(kind);
        if (present && s.Warning is null)
        {
            Assert.Equal(name, s.Kind);
            Assert.StartsWith(name, s.Name);
            return;
        }
        // Absent, or present but failing to initialise: the CPU accelerator, and a warning naming the device kind.
        Assert.Equal("cpu", s.Kind);
        Assert.Contains(warning, s.Warning, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Auto_opens_the_device_the_list_marks()
    {
        DeviceInfo marked = Assert.Single(DeviceSelector.List(), d => d.AutoPick);
        using DeviceSession s = DeviceSelector.Open(DeviceKind.Auto);
        // A GPU that fails to initialise falls back to the CPU with a warning; otherwise auto is what the list says.
        Assert.Equal(s.Warning is null ? marked.Kind : "cpu", s.Kind);
    }

    [Theory]
    [InlineData("auto", DeviceKind.Auto)]
    [InlineData("CPU", DeviceKind.Cpu)]
    [InlineData("cuda", DeviceKind.Cuda)]
    [InlineData("opencl", DeviceKind.OpenCL)]
    [InlineData("cpu-simd", DeviceKind.CpuSimd)]
    public void Parses_device_names(string text, DeviceKind kind) => Assert.Equal(kind, DeviceSelector.Parse(text));

    [Fact]
    public void Cpu_simd_session_holds_lanes_on_every_core_and_the_cpu_accelerator()
    {
        using DeviceSession s = DeviceSelector.Open(DeviceKind.CpuSimd);
        Assert.Equal("cpu-simd", s.Kind);
        Assert.Null(s.Warning);
        Assert.Equal(Environment.ProcessorCount, s.Simd!.Workers);
        Assert.StartsWith("cpu-simd: 16 float lanes", s.Name);
        Assert.Equal(ILGPU.Runtime.AcceleratorType.CPU, s.Accelerator.AcceleratorType);
    }

    /// <summary>Without a GPU, auto picks the SIMD lanes where the CPU runs them natively (AVX-512), else the CPU accelerator.</summary>
    [Fact]
    public void Without_a_gpu_auto_picks_cpu_simd_where_the_cpu_has_avx512()
    {
        IReadOnlyList<DeviceInfo> devices = DeviceSelector.List();
        Assert.Contains(devices, d => d.Kind == "cpu-simd");
        if (devices.Any(d => d.Kind is "cuda" or "opencl")) return;
        Assert.Equal(SimdLanes.Native ? "cpu-simd" : "cpu", Assert.Single(devices, d => d.AutoPick).Kind);
    }

    [Fact]
    public void Rejects_unknown_device_names() => Assert.Throws<ArgumentException>(() => DeviceSelector.Parse("tpu"));
}
