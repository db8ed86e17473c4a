using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using GpuRisk.Kernels.Paths;

namespace GpuRisk.Kernels.Lanes;

/// <summary>
/// A step's coefficients for sixteen lanes from the scalar table: the broadcast entry when every lane is in the
/// same regime (always, without switching), gathered lane by lane when regimes differ.
/// </summary>
public static class LaneCoefficients
{
    /// <summary>
    /// Coefficient variant <paramref name="variant"/> of <paramref name="step"/> for <paramref name="slot"/>, each
    /// lane in its own <paramref name="regime"/> (a whole number per lane): a reference into the launch's broadcast
    /// table (<see cref="LaneWalkTables.Broadcast"/>) when it has one and the lanes agree, otherwise
    /// <paramref name="scratch"/> filled.
    /// </summary>
    public static ref readonly StepCoefficients<Float512> Load(LaneWalkTables tables, int variant, int step, Float512 regime, int slot,
        ref StepCoefficients<Float512> scratch)
    {
        WalkInputs<float> w = tables.Inputs;
        long tableStart = (long)(variant * w.GridSteps + step) * w.Regimes;
        if (w.Regimes == 1 || Vector512.EqualsAll(regime.Value, Vector512.Create(regime[0])))
        {
            long entry = (tableStart + (int)regime[0]) * w.Slots + slot;
            if (tables.HasBroadcast) return ref tables.Broadcast(entry);
            Broadcast(tables.Coefficients[entry], ref scratch);
            return ref scratch;
        }
        ref float gathered = ref Unsafe.As<StepCoefficients<Float512>, float>(ref scratch);
        for (int lane = 0; lane < Float512.Lanes; lane++)
        {
            ref float own = ref Fields(ref tables.Coefficients[(tableStart + (int)regime[lane]) * w.Slots + slot]);
            for (int f = 0; f < StepCoefficients<float>.FieldCount; f++)
            {
                Unsafe.Add(ref gathered, f * Float512.Lanes + lane) = Unsafe.Add(ref own, f);
            }
        }
        return ref scratch;
    }

    /// <summary>Every field of <paramref name="coefficients"/> in every lane of <paramref name="lanes"/>.</summary>
    public static void Broadcast(in StepCoefficients<float> coefficients, ref StepCoefficients<Float512> lanes)
    {
        ref float fields = ref Fields(ref Unsafe.AsRef(in coefficients));
        ref Float512 target = ref Unsafe.As<StepCoefficients<Float512>, Float512>(ref lanes);
        for (int f = 0; f < StepCoefficients<float>.FieldCount; f++)
        {
            Unsafe.Add(ref target, f) = new Float512(Vector512.Create(Unsafe.Add(ref fields, f)));
        }
    }

    /// <summary>The first of the <see cref="StepCoefficients{T}.FieldCount"/> numbers of <paramref name="coefficients"/>.</summary>
    private static ref float Fields(ref StepCoefficients<float> coefficients) =>
        ref Unsafe.As<StepCoefficients<float>, float>(ref coefficients);
}
