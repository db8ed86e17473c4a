using System.Runtime.Intrinsics;
using GpuRisk.Kernels.Paths;

namespace GpuRisk.Kernels.Lanes;

/// <summary>
/// What a lane observer sees after a step, sixteen paths at a time: the lane version of <see cref="WalkView{T}"/>
/// (every slot's state, each lane's regime, and the means to re-step).
/// </summary>
public readonly ref struct LaneView
{
    private readonly LaneWalkTables _tables;
    private readonly LaneScratch _scratch;

    /// <summary>A view of the walk after <paramref name="step"/>.</summary>
    public LaneView(LaneWalkTables tables, LaneScratch scratch, ref readonly LanePaths paths, int step, Float512 regime, Float512 stepRegime)
    {
        _tables = tables;
        _scratch = scratch;
        Paths = ref paths;
        Step = step;
        Regime = regime;
        StepRegime = stepRegime;
    }

    /// <summary>The lanes' paths.</summary>
    public readonly ref readonly LanePaths Paths;

    /// <summary>The step just taken (the state is at the end of it); -1 for the state at time 0.</summary>
    public int Step { get; }

    /// <summary>Per lane, the path's regime at the end of the step (a whole number).</summary>
    public Float512 Regime { get; }

    /// <summary>Per lane, the regime the step was taken in (its coefficients).</summary>
    public Float512 StepRegime { get; }

    /// <summary>State variant <paramref name="variant"/> of <paramref name="slot"/> after the step.</summary>
    public ref readonly PathState<Float512> State(int slot, int variant) =>
        ref _scratch.States[slot * _tables.Inputs.StateVariants + variant];

    /// <summary>The base state of <paramref name="slot"/> before the step.</summary>
    public ref readonly PathState<Float512> Before(int slot) =>
        ref _scratch.States[_tables.Inputs.Slots * _tables.Inputs.StateVariants + slot];

    /// <summary>
    /// Coefficient variant <paramref name="variant"/> of the step for <paramref name="slot"/>, per lane regime (see
    /// <see cref="LaneCoefficients.Load"/> for the role of <paramref name="scratch"/>).
    /// </summary>
    public ref readonly StepCoefficients<Float512> Coefficients(int variant, int slot, ref StepCoefficients<Float512> scratch) =>
        ref LaneCoefficients.Load(_tables, variant, Step, StepRegime, slot, ref scratch);

    /// <summary>The draws the step used for <paramref name="slot"/>, jump draws included.</summary>
    public void Draws(int slot, out StepDraws<Float512> draws) =>
        PathDraws.ForStream<Float512, Vector512<float>, Vector512<uint>, Float512Math, LaneNormals>(_tables.Stream, Paths.Low, Paths.High,
            Step, _tables.SlotStream[slot], new LaneNormals(_scratch), withJumps: true, out draws);
}
