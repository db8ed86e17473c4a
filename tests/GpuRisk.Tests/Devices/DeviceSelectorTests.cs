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

    /// <summary>A requested GPU that is absent falls back to the CPU with a warning, never silently.</summary>
    [Fact]
    public void Missing_gpu_falls_back_to_cpu_with_a_warning()
    {
        using DeviceSession s = DeviceSelector.Open(DeviceKind.Cuda);
        if (s.Kind == "cuda") return; // a machine with a GPU: nothing to fall back from
        Assert.Equal("cpu", s.Kind);
        Assert.Contains("CUDA", s.Warning);
    }

    [Theory]
    [InlineData("auto", DeviceKind.Auto)]
    [InlineData("CPU", DeviceKind.Cpu)]
    [InlineData("cuda", DeviceKind.Cuda)]
    [InlineData("opencl", DeviceKind.OpenCL)]
    public void Parses_device_names(string text, DeviceKind kind) => Assert.Equal(kind, DeviceSelector.Parse(text));

    [Fact]
    public void Rejects_unknown_device_names() => Assert.Throws<ArgumentException>(() => DeviceSelector.Parse("tpu"));
}
