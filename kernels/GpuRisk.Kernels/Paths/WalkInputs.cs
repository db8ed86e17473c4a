using ILGPU;

namespace GpuRisk.Kernels.Paths;

/// <summary>
/// Everything a walk reads: the step tables, the regime chain, the correlation, the slots, the per-thread
/// scratch, and the chunk of paths. A <em>slot</em> is one simulated spot/variance pair: usually one per
/// market underlying, but several slots may share one underlying's random <em>stream</em> (the same normals)
/// with different dynamics, e.g. the vol-shocked copies of a stress grid.
/// </summary>
/// <remarks>
/// Layouts (host builds them, see src/GpuRisk/MonteCarlo/WalkPlan.cs):
/// <list type="bullet">
/// <item><see cref="Coefficients"/>[((variant x GridSteps + step) x Regimes + regime) x Slots + slot]; coefficient
/// variants beyond <see cref="StateVariants"/> are read only by observers (e.g. theta's re-stepped expiry).</item>
/// <item><see cref="States"/>[(slot x StateVariants + variant) x Threads + thread]; then the base state before the
/// current step at [(Slots x StateVariants + slot) x Threads + thread].</item>
/// <item><see cref="Normals"/>[(stream x 4 + k) x Threads + thread]: for the current step pair, k = 0, 1 the
/// correlated spot driver and variance residual of the even step, k = 2, 3 of the odd step.</item>
/// </list>
/// Scratch is indexed by thread, so the kernel must be launched with exactly <see cref="Threads"/> threads.
/// </remarks>
public struct WalkInputs<T> where T : unmanaged
{
    /// <summary>Step coefficients per (variant, step, regime, slot).</summary>
    public ArrayView<StepCoefficients<T>> Coefficients;
    /// <summary>Per grid step: the calendar day (from the valuation time) of the step's end, which the regime chain reaches after the step.</summary>
    public ArrayView<int> StepEndDays;
    /// <summary>Per grid step: nonzero when the observer wants to see the state after it.</summary>
    public ArrayView<int> StepFlags;
    /// <summary>Row-major Regimes x Regimes cumulative per-day transition matrix, last column 1.</summary>
    public ArrayView<T> RegimeCdf;
    /// <summary>Row-major Streams x Streams lower Cholesky factor of the spot-driver correlation.</summary>
    public ArrayView<T> Cholesky;
    /// <summary>Per slot: the stream (market underlying) whose normals it uses.</summary>
    public ArrayView<int> SlotStream;
    /// <summary>Per slot: the last step it must take (later steps leave it untouched, to save work).</summary>
    public ArrayView<int> SlotLastStep;
    /// <summary>Per slot and state variant: the variance at time 0.</summary>
    public ArrayView<T> SlotInitialVariance;
    /// <summary>Per-thread path states (see remarks).</summary>
    public ArrayView<PathState<T>> States;
    /// <summary>Per-thread normals of the current step pair (see remarks).</summary>
    public ArrayView<T> Normals;
    /// <summary>Philox key.</summary>
    public ulong Seed;
    /// <summary>First global path of the chunk.</summary>
    public long PathStart;
    /// <summary>One past the last global path of the chunk.</summary>
    public long PathEnd;
    /// <summary>Threads launched; thread t walks the chunk's paths p with p mod Threads == t, in order.</summary>
    public int Threads;
    /// <summary>Number of slots.</summary>
    public int Slots;
    /// <summary>Number of streams (market underlyings with random numbers).</summary>
    public int Streams;
    /// <summary>States kept per slot (1; 3 when pricing Greeks: base, vol up, vol down).</summary>
    public int StateVariants;
    /// <summary>Steps per coefficient variant table.</summary>
    public int GridSteps;
    /// <summary>Steps to walk from time 0.</summary>
    public int Steps;
    /// <summary>Regimes of the chain (1: no switching).</summary>
    public int Regimes;
    /// <summary>Regime at time 0.</summary>
    public int InitialRegime;
    /// <summary>Nonzero to show the observer the state at time 0 too (as step -1) before the first step.</summary>
    public int ObserveStart;
}
