using GpuRisk.MonteCarlo;
using GpuRisk.Revaluation;

namespace GpuRisk.Horizon;

/// <summary>How the horizon engine simulates.</summary>
/// <param name="Paths">Paths of the whole run (shards split them).</param>
/// <param name="Seed">Philox key: path p's numbers depend only on (seed, p).</param>
/// <param name="StepsPerDay">Simulation steps per day (the grid also holds every observation and expiry).</param>
/// <param name="Precision">Number type of the path and revaluation kernels.</param>
/// <param name="PathStart">First global path this run simulates (a shard's range).</param>
/// <param name="PathEnd">One past the last global path this run simulates.</param>
/// <param name="ChunkPaths">Paths per kernel launch; results do not depend on it.</param>
/// <param name="Tables">Resolution of the revaluation's correction tables.</param>
public sealed record HorizonSettings(
    long Paths,
    ulong Seed,
    int StepsPerDay = 2,
    Precision Precision = Precision.Float,
    long PathStart = 0,
    long PathEnd = -1,
    int ChunkPaths = 1 << 16,
    CorrectionTableSettings? Tables = null)
{
    /// <summary>One past the last path simulated here.</summary>
    public long End => PathEnd < 0 ? Paths : PathEnd;

    /// <summary>Throws when a field is out of range.</summary>
    public void Validate()
    {
        if (Paths < 2) throw new ArgumentOutOfRangeException(nameof(Paths), Paths, "need at least 2 paths");
        if (StepsPerDay < 1) throw new ArgumentOutOfRangeException(nameof(StepsPerDay), StepsPerDay, "need at least 1 step per day");
        if (PathStart < 0 || End > Paths || PathStart >= End)
            throw new ArgumentOutOfRangeException(nameof(PathStart), PathStart, "the path range must lie within [0, paths) and be non-empty");
        if (ChunkPaths < 1) throw new ArgumentOutOfRangeException(nameof(ChunkPaths), ChunkPaths, "must be positive");
    }
}
