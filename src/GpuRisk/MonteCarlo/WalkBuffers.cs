using System.Numerics;
using GpuRisk.Kernels.Paths;
using ILGPU;
using ILGPU.Runtime;

namespace GpuRisk.MonteCarlo;

/// <summary>
/// A <see cref="WalkPlan"/> uploaded to one accelerator, with the per-thread scratch a walk needs: built once per
/// stage, then every chunk of paths launches on it (<see cref="Chunk"/>) with nothing re-uploaded.
/// </summary>
public sealed class WalkBuffers<T> : IDisposable where T : unmanaged, INumber<T>
{
    private readonly MemoryBuffer1D<StepCoefficients<T>, Stride1D.Dense> _coefficients;
    private readonly MemoryBuffer1D<int, Stride1D.Dense> _stepEndDays;
    private readonly MemoryBuffer1D<int, Stride1D.Dense> _stepFlags;
    private readonly MemoryBuffer1D<T, Stride1D.Dense> _regimeCdf;
    private readonly MemoryBuffer1D<T, Stride1D.Dense> _cholesky;
    private readonly MemoryBuffer1D<int, Stride1D.Dense> _slotStream;
    private readonly MemoryBuffer1D<int, Stride1D.Dense> _slotLastStep;
    private readonly MemoryBuffer1D<T, Stride1D.Dense> _initialVariance;
    private readonly MemoryBuffer1D<PathState<T>, Stride1D.Dense> _states;
    private readonly MemoryBuffer1D<T, Stride1D.Dense> _normals;
    private readonly WalkInputs<T> _template;

    /// <summary>Uploads <paramref name="plan"/> to <paramref name="accelerator"/> for launches of <paramref name="threads"/> threads.</summary>
    public WalkBuffers(Accelerator accelerator, WalkPlan plan, int threads, ulong seed)
    {
        plan.Validate();
        ArgumentOutOfRangeException.ThrowIfLessThan(threads, 1);
        TimeGrid grid = plan.Grid;
        int slots = plan.Slots.Count, variants = plan.StateVariants;
        _coefficients = accelerator.Allocate1D(StepCoefficientTable.Build<T>(plan));
        _stepEndDays = accelerator.Allocate1D(Enumerable.Range(0, grid.Steps).Select(grid.EndDay).ToArray());
        _stepFlags = accelerator.Allocate1D(plan.Observed.Select(o => o ? 1 : 0).ToArray());
        _regimeCdf = accelerator.Allocate1D(StepCoefficientTable.Cumulative<T>(plan.TransitionPerDay));
        _cholesky = accelerator.Allocate1D(plan.Cholesky.SelectMany(row => row.Take(plan.Streams)).Select(T.CreateChecked).ToArray());
        _slotStream = accelerator.Allocate1D(plan.Slots.Select(s => s.Stream).ToArray());
        _slotLastStep = accelerator.Allocate1D(plan.Slots.Select(s => s.LastStep).ToArray());
        var initial = new T[slots * variants];
        for (int s = 0; s < slots; s++)
        {
            for (int v = 0; v < variants; v++)
            {
                initial[s * variants + v] = T.CreateChecked(
                    plan.Slots[s].Regimes[plan.InitialRegime].ShiftVol(plan.CoefficientVariants[v].VolShift).V0);
            }
        }
        _initialVariance = accelerator.Allocate1D(initial);
        _states = accelerator.Allocate1D<PathState<T>>(Math.Max(1L, (long)slots * (variants + 1) * threads));
        _normals = accelerator.Allocate1D<T>(Math.Max(1L, 4L * plan.Streams * threads));
        _template = new WalkInputs<T>
        {
            Coefficients = _coefficients.View,
            StepEndDays = _stepEndDays.View,
            StepFlags = _stepFlags.View,
            RegimeCdf = _regimeCdf.View,
            Cholesky = _cholesky.View,
            SlotStream = _slotStream.View,
            SlotLastStep = _slotLastStep.View,
            SlotInitialVariance = _initialVariance.View,
            States = _states.View,
            Normals = _normals.View,
            Seed = seed,
            Threads = threads,
            Slots = slots,
            Streams = plan.Streams,
            StateVariants = variants,
            GridSteps = grid.Steps,
            Steps = plan.Steps,
            Regimes = plan.RegimeCount,
            InitialRegime = plan.InitialRegime,
            ObserveStart = plan.ObserveStart ? 1 : 0,
        };
    }

    /// <summary>Bytes of every buffer this holds on the device.</summary>
    public long Bytes => _coefficients.LengthInBytes + _stepEndDays.LengthInBytes + _stepFlags.LengthInBytes
        + _regimeCdf.LengthInBytes + _cholesky.LengthInBytes + _slotStream.LengthInBytes + _slotLastStep.LengthInBytes
        + _initialVariance.LengthInBytes + _states.LengthInBytes + _normals.LengthInBytes;

    /// <summary>The inputs of a launch over global paths [<paramref name="pathStart"/>, <paramref name="pathEnd"/>).</summary>
    public WalkInputs<T> Chunk(long pathStart, long pathEnd)
    {
        WalkInputs<T> inputs = _template;
        inputs.PathStart = pathStart;
        inputs.PathEnd = pathEnd;
        return inputs;
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        _coefficients.Dispose();
        _stepEndDays.Dispose();
        _stepFlags.Dispose();
        _regimeCdf.Dispose();
        _cholesky.Dispose();
        _slotStream.Dispose();
        _slotLastStep.Dispose();
        _initialVariance.Dispose();
        _states.Dispose();
        _normals.Dispose();
    }
}
