using System.Runtime.Intrinsics;
using GpuRisk.Kernels.Lanes;

namespace GpuRisk.Devices;

/// <summary>The host's SIMD lanes as the cpu-simd device uses them.</summary>
/// <param name="Workers">Cores walking lane groups in parallel.</param>
public sealed record SimdLanes(int Workers)
{
    /// <summary>Paths per SIMD instruction.</summary>
    public int Width => Float512.Lanes;

    /// <summary>
    /// Whether this CPU runs 16-lane operations natively (AVX-512). Without, .NET emulates them and the walk is
    /// about as slow as the CPU accelerator (measured: 77 against 92-105 CPU-ns per path-step, AVX-512 disabled), so
    /// auto does not pick cpu-simd there; asked for, it still runs and gives the same numbers.
    /// </summary>
    public static bool Native => Vector512.IsHardwareAccelerated;

    /// <summary>How the hardware runs a 16-lane float operation: natively (AVX-512) or in halves or quarters.</summary>
    public static string Instructions =>
        Vector512.IsHardwareAccelerated ? "AVX-512"
        : Vector256.IsHardwareAccelerated ? "2 x 256-bit"
        : Vector128.IsHardwareAccelerated ? "4 x 128-bit" : "software";

    /// <summary>E.g. "16 float lanes (AVX-512) x 2 cores".</summary>
    public string Description => $"{Width} float lanes ({Instructions}) x {Workers} cores";
}
