namespace GpuRisk.MonteCarlo;

/// <summary>The states a walk recorded (<see cref="Kernels.Paths.StateRecorder{T, TMath}"/>), widened to double.</summary>
/// <param name="Observations">Observed steps, in step order.</param>
/// <param name="Slots">Slots of the walk.</param>
/// <param name="Paths">Paths recorded (index i is global path PathStart + i).</param>
/// <param name="LogSpot">ln(S/S0) at [(observation x Slots + slot) x Paths + i].</param>
/// <param name="Variance">Variance, same layout.</param>
/// <param name="Regime">Regime at [observation x Paths + i].</param>
public sealed record SimulatedStates(int Observations, int Slots, int Paths, double[] LogSpot, double[] Variance, int[] Regime)
{
    /// <summary>ln(S/S0) of every path at <paramref name="observation"/> for <paramref name="slot"/>.</summary>
    public double[] LogSpotOf(int observation, int slot) => Slice(LogSpot, observation, slot);

    /// <summary>Variance of every path at <paramref name="observation"/> for <paramref name="slot"/>.</summary>
    public double[] VarianceOf(int observation, int slot) => Slice(Variance, observation, slot);

    /// <summary>Regime of every path at <paramref name="observation"/>.</summary>
    public int[] RegimeOf(int observation) => Regime.AsSpan(observation * Paths, Paths).ToArray();

    private double[] Slice(double[] data, int observation, int slot) =>
        data.AsSpan((observation * Slots + slot) * Paths, Paths).ToArray();
}
