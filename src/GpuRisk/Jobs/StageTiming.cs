namespace GpuRisk.Jobs;

/// <summary>Wall-clock seconds one stage of a run took.</summary>
public sealed record StageTiming(string Stage, double Seconds);
