using GpuRisk.Devices;

namespace GpuRisk.MonteCarlo;

/// <summary>How the Monte Carlo engine runs.</summary>
/// <param name="Paths">Number of paths (&gt; 1).</param>
/// <param name="StepsPerDay">Time steps per calendar day (the grid also holds every expiry exactly).</param>
/// <param name="Seed">Philox key: the same seed gives the same paths on every device, batch size and shard.</param>
/// <param name="Precision">Number type of the path kernels.</param>
/// <param name="Device">Accelerator to use.</param>
/// <param name="BatchSize">Largest number of paths per kernel launch; results do not depend on it.</param>
/// <param name="MemoryBudgetBytes">
/// Device memory a pricing simulation may allocate, bytes: its fixed buffers (1.5 KB of sums per option and tree slot,
/// 7.5 KB per option at 100,000 paths: <see cref="BlockTreeSums.Depth"/>)
/// plus one chunk of per-path records, whose size (at most <paramref name="BatchSize"/> paths) is chosen to fit.
/// Results do not depend on it.
/// </param>
public sealed record MonteCarloSettings(
    long Paths = 1 << 18,
    int StepsPerDay = 1,
    ulong Seed = 1234,
    Precision Precision = Precision.Float,
    DeviceKind Device = DeviceKind.Auto,
    int BatchSize = 1 << 18,
    long MemoryBudgetBytes = 1L << 30)
{
    /// <summary>Throws when a field is out of range.</summary>
    public void Validate()
    {
        if (Paths < 2) throw new ArgumentOutOfRangeException(nameof(Paths), Paths, "need at least 2 paths");
        if (StepsPerDay < 1) throw new ArgumentOutOfRangeException(nameof(StepsPerDay), StepsPerDay, "need at least 1 step per day");
        if (BatchSize < 1) throw new ArgumentOutOfRangeException(nameof(BatchSize), BatchSize, "must be positive");
        if (MemoryBudgetBytes < 1) throw new ArgumentOutOfRangeException(nameof(MemoryBudgetBytes), MemoryBudgetBytes, "must be positive");
    }
}
