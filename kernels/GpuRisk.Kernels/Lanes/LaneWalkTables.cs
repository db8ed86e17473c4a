using System.Runtime.CompilerServices;
using GpuRisk.Kernels.Paths;
using GpuRisk.Kernels.Random;

namespace GpuRisk.Kernels.Lanes;

/// <summary>
/// What every SIMD worker of one walk launch reads: the launch's <see cref="WalkInputs{T}"/> (the same struct an
/// ILGPU launch gets, its buffers in host memory) with its tables as host views, and the seed's stream.
/// </summary>
public sealed class LaneWalkTables
{
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
    }

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
