using GpuRisk.Kernels.Paths;

namespace GpuRisk.Kernels.Lanes;

/// <summary>
/// One SIMD worker's state between steps, in the layout of <see cref="WalkInputs{T}"/>'s per-thread scratch with
/// sixteen paths per entry: <see cref="States"/>[slot x StateVariants + variant], then the base state before the
/// current step at [Slots x StateVariants + slot]; <see cref="Normals"/>[stream x 4 + k].
/// </summary>
public sealed class LaneScratch
{
    /// <summary>Scratch for a walk of <paramref name="inputs"/>' shape.</summary>
    public LaneScratch(in WalkInputs<float> inputs)
    {
        States = new PathState<Float512>[Math.Max(1, inputs.Slots * (inputs.StateVariants + 1))];
        Normals = new Float512[Math.Max(1, inputs.Streams * 4)];
    }

    /// <summary>Path states (see the class remarks).</summary>
    public PathState<Float512>[] States { get; }

    /// <summary>The current step pair's normals.</summary>
    public Float512[] Normals { get; }
}
