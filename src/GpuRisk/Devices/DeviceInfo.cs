namespace GpuRisk.Devices;

/// <summary>One accelerator as <c>gpurisk devices</c> lists it.</summary>
/// <param name="Name">The device's name.</param>
/// <param name="Kind">cpu, cuda or opencl.</param>
/// <param name="MemoryBytes">Device memory in bytes.</param>
/// <param name="AutoPick">True for the device <c>--device auto</c> uses.</param>
/// <param name="Note">Why auto picks it (or does not).</param>
public sealed record DeviceInfo(string Name, string Kind, long MemoryBytes, bool AutoPick, string Note);
