using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using GpuRisk.Kernels.Paths;

namespace GpuRisk.Kernels.Lanes;

/// <summary>
/// A step's coefficients for sixteen lanes from the scalar table: broadcast when every lane is in the same regime
/// (always, without switching), gathered lane by lane when regimes differ.
/// </summary>
public static class LaneCoefficients
{
    /// <summary>
    /// Coefficient variant <paramref name="variant"/> of <paramref name="step"/> for <paramref name="slot"/>, each
    /// lane in its own <paramref name="regime"/> (a whole number per lane).
    /// </summary>
    public static void Load(LaneWalkTables tables, int variant, int step, Float512 regime, int slot, out StepCoefficients<Float512> lanes)
    {
        WalkInputs<float> w = tables.Inputs;
        long tableStart = (long)(variant * w.GridSteps + step) * w.Regimes;
        Unsafe.SkipInit(out lanes);
        Span<Float512> fields = MemoryMarshal.CreateSpan(ref Unsafe.As<StepCoefficients<Float512>, Float512>(ref lanes), StepCoefficients<float>.FieldCount);
        if (w.Regimes == 1 || Vector512.EqualsAll(regime.Value, Vector512.Create(regime[0])))
        {
            ReadOnlySpan<float> shared = Fields(tables, (tableStart + (int)regime[0]) * w.Slots + slot);
            for (int f = 0; f < fields.Length; f++)
            {
                fields[f] = new Float512(Vector512.Create(shared[f]));
            }
            return;
        }
        Span<float> gathered = MemoryMarshal.Cast<Float512, float>(fields);
        for (int lane = 0; lane < Float512.Lanes; lane++)
        {
            ReadOnlySpan<float> own = Fields(tables, (tableStart + (int)regime[lane]) * w.Slots + slot);
            for (int f = 0; f < own.Length; f++)
            {
                gathered[f * Float512.Lanes + lane] = own[f];
            }
        }
    }

    private static ReadOnlySpan<float> Fields(LaneWalkTables tables, long entry) =>
        MemoryMarshal.CreateReadOnlySpan(ref Unsafe.As<StepCoefficients<float>, float>(ref tables.Coefficients[entry]), StepCoefficients<float>.FieldCount);
}
