using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using GpuRisk.Kernels.Paths;
using GpuRisk.Kernels.Random;

namespace GpuRisk.Kernels.Lanes;

/// <summary>
/// What every SIMD worker of one walk launch reads: the launch's <see cref="WalkInputs{T}"/> (the same struct an
/// ILGPU launch gets, its buffers in host memory) with its tables as host views, the seed's stream, and, when it
/// is small, the coefficient table broadcast to sixteen lanes once (see <see cref="BroadcastBudgetBytes"/>).
/// Dispose it when the launch is done.
/// </summary>
public sealed unsafe class LaneWalkTables : IDisposable
{
    /// <summary>
    /// Largest broadcast coefficient table kept (bytes): one that stays in a core's L2 cache, where every lane group
    /// reads its entries as they are. A larger table (long grids with Greeks' variants) would stream from memory
    /// once per lane group; lanes then broadcast each entry as they step, from the scalar table, which is 16x smaller.
    /// </summary>
    public const long BroadcastBudgetBytes = 1 << 20;

    private readonly StepCoefficients<Float512>* _broadcast;

    /// <summary>Views the tables of <paramref name="inputs"/>.</summary>
    /// <exception cref="InvalidOperationException">The coefficient layout is not <see cref="StepCoefficients{T}.FieldCount"/> numbers.</exception>
    public LaneWalkTables(in WalkInputs<float> inputs)
    {
        // Lanes load coefficients field by field as numbers: the layout must be exactly that.
        if (Unsafe.SizeOf<StepCoefficients<float>>() != StepCoefficients<float>.FieldCount * sizeof(float)
            || Unsafe.SizeOf<StepCoefficients<Float512>>() != StepCoefficients<float>.FieldCount * Unsafe.SizeOf<Float512>())
        {
            throw new InvalidOperationException("StepCoefficients must hold exactly FieldCount numbers");
        }
        Inputs = inputs;
        Stream = new PhiloxStream(inputs.Seed);
        Coefficients = new HostView<StepCoefficients<float>>(inputs.Coefficients);
        StepEndDays = new HostView<int>(inputs.StepEndDays);
        StepFlags = new HostView<int>(inputs.StepFlags);
        RegimeCdf = new HostView<float>(inputs.RegimeCdf);
        Cholesky = new HostView<float>(inputs.Cholesky);
        SlotStream = new HostView<int>(inputs.SlotStream);
        SlotLastStep = new HostView<int>(inputs.SlotLastStep);
        SlotInitialVariance = new HostView<float>(inputs.SlotInitialVariance);
        long bytes = (long)Coefficients.Length * sizeof(StepCoefficients<Float512>);
        if (Coefficients.Length > 0 && bytes <= BroadcastBudgetBytes)
        {
            _broadcast = (StepCoefficients<Float512>*)NativeMemory.AlignedAlloc((nuint)bytes, 64);
            for (int entry = 0; entry < Coefficients.Length; entry++)
            {
                LaneCoefficients.Broadcast(Coefficients[entry], ref _broadcast[entry]);
            }
        }
    }

    /// <summary>Whether <see cref="Broadcast"/> holds the coefficient table.</summary>
    public bool HasBroadcast => _broadcast != null;

    /// <summary>Entry <paramref name="entry"/> of the coefficient table in every lane (only when <see cref="HasBroadcast"/>).</summary>
    public ref StepCoefficients<Float512> Broadcast(long entry) => ref _broadcast[entry];

    /// <inheritdoc/>
    public void Dispose() => NativeMemory.AlignedFree(_broadcast);

    /// <summary>The launch's inputs (counts and chunk; its per-thread scratch is not used by lanes).</summary>
    public WalkInputs<float> Inputs { get; }

    /// <summary>The seed's random numbers.</summary>
    public PhiloxStream Stream { get; }

    /// <summary><see cref="WalkInputs{T}.Coefficients"/>.</summary>
    public HostView<StepCoefficients<float>> Coefficients { get; }

    /// <summary><see cref="WalkInputs{T}.StepEndDays"/>.</summary>
    public HostView<int> StepEndDays { get; }

    /// <summary><see cref="WalkInputs{T}.StepFlags"/>.</summary>
    public HostView<int> StepFlags { get; }

    /// <summary><see cref="WalkInputs{T}.RegimeCdf"/>.</summary>
    public HostView<float> RegimeCdf { get; }

    /// <summary><see cref="WalkInputs{T}.Cholesky"/>.</summary>
    public HostView<float> Cholesky { get; }

    /// <summary><see cref="WalkInputs{T}.SlotStream"/>.</summary>
    public HostView<int> SlotStream { get; }

    /// <summary><see cref="WalkInputs{T}.SlotLastStep"/>.</summary>
    public HostView<int> SlotLastStep { get; }

    /// <summary><see cref="WalkInputs{T}.SlotInitialVariance"/>.</summary>
    public HostView<float> SlotInitialVariance { get; }
}
