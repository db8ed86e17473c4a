using System.Numerics;
using GpuRisk.Kernels.Numerics;
using ILGPU;

namespace GpuRisk.Kernels.Revaluation;

/// <summary>
/// Revalues the book at given states on the device, through the same code the path observer runs, so the host
/// can measure the device revaluation's error against its analytic engine at states the paths visited.
/// </summary>
public static class RevaluationProbe
{
    /// <summary>Kernel: <paramref name="output"/>[i] = the alive positions' figures at <paramref name="states"/>[i].</summary>
    public static void Kernel<T, TMath>(Index1D i, RevaluationInputs<T> book, ArrayView<ProbeState> states, ArrayView<SlotFigures> output)
        where T : unmanaged, INumber<T> where TMath : struct, IRealMath<T>
    {
        ProbeState s = states[i];
        output[i] = book.Evaluate<TMath>(s.Slot, s.Observation, s.Regime, s.Spot, TMath.From(s.LogReturn), TMath.From(s.Variance));
    }
}
