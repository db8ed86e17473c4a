using System.Numerics;
using GpuRisk.Kernels.Numerics;
using GpuRisk.Kernels.Random;

namespace GpuRisk.Kernels.Paths;

/// <summary>What an observer sees after a step: every slot's state, the regime, and the means to re-step.</summary>
public readonly struct WalkView<T> : ISlotStates<T> where T : unmanaged, INumber<T>
{
    /// <summary>The walk's inputs.</summary>
    public readonly WalkInputs<T> Inputs;
    /// <summary>The path's random numbers.</summary>
    public readonly PhiloxStream Stream;
    /// <summary>Global path index.</summary>
    public readonly long Path;
    /// <summary>The walking thread (its scratch).</summary>
    public readonly int Thread;
    /// <summary>The step just taken (the state is at the end of it); -1 for the state at time 0.</summary>
    public readonly int Step;
    /// <summary>The path's regime at the end of the step.</summary>
    public readonly int Regime;
    /// <summary>The regime the step was taken in (its coefficients).</summary>
    public readonly int StepRegime;

    /// <summary>A view of the walk after <paramref name="step"/>.</summary>
    public WalkView(in WalkInputs<T> inputs, in PhiloxStream stream, long path, int thread, int step, int regime, int stepRegime)
    {
        Inputs = inputs;
        Stream = stream;
        Path = path;
        Thread = thread;
        Step = step;
        Regime = regime;
        StepRegime = stepRegime;
    }

    /// <inheritdoc/>
    public PathState<T> State(int slot, int variant) =>
        Inputs.States[(slot * Inputs.StateVariants + variant) * Inputs.Threads + Thread];

    /// <summary>The base state of <paramref name="slot"/> before the step.</summary>
    public PathState<T> Before(int slot) =>
        Inputs.States[(Inputs.Slots * Inputs.StateVariants + slot) * Inputs.Threads + Thread];

    /// <summary>Coefficient variant <paramref name="variant"/> of the step for <paramref name="slot"/>.</summary>
    public StepCoefficients<T> Coefficients(int variant, int slot) =>
        Inputs.Coefficients[((variant * Inputs.GridSteps + Step) * Inputs.Regimes + StepRegime) * Inputs.Slots + slot];

    /// <summary>The draws the step used for <paramref name="slot"/>, jump draws included.</summary>
    public StepDraws<T> Draws<TMath>(int slot) where TMath : struct, IRealMath<T>
    {
        PathDraws.ForStream<T, bool, uint, TMath, ThreadNormals<T>>(Stream, (uint)Path, (uint)((ulong)Path >> 32), Step,
            Inputs.SlotStream[slot], new ThreadNormals<T>(Inputs, Thread), withJumps: true, out StepDraws<T> draws);
        return draws;
    }
}
