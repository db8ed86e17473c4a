using GpuRisk.Config;
using GpuRisk.Horizon;

namespace GpuRisk.Risk;

/// <summary>What the <c>var</c> stage computes.</summary>
/// <param name="Horizons">Horizons, shortest first.</param>
/// <param name="Levels">Confidence levels in (0, 1); contributions are at the first.</param>
/// <param name="Simulation">Paths, seed, steps and the shard's path range.</param>
public sealed record VarSettings(IReadOnlyList<Duration> Horizons, IReadOnlyList<double> Levels, HorizonSettings Simulation)
{
    /// <summary>Throws when a field is out of range.</summary>
    public void Validate()
    {
        if (Horizons.Count == 0) throw new ArgumentException("give at least one horizon");
        if (Levels.Count == 0 || Levels.Any(l => !(l > 0 && l < 1))) throw new ArgumentException("levels must lie in (0, 1)");
        Simulation.Validate();
    }
}
