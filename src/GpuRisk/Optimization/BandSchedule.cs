namespace GpuRisk.Optimization;

/// <summary>Finite-horizon bands per regime and time bucket (<see cref="BandOptimizer.Schedule"/>).</summary>
/// <param name="Buckets">Per bucket, in time order, the bands at its first check.</param>
/// <param name="Grid">The mismatch grid the program ran on.</param>
/// <param name="Throughput">DP cells and time, the stationary terminal solve included.</param>
public sealed record BandSchedule(IReadOnlyList<ScheduledBands> Buckets, MismatchGrid Grid, DpThroughput Throughput);
