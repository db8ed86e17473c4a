using GpuRisk.Devices;
using GpuRisk.Kernels.Hedging;
using GpuRisk.Kernels.Revaluation;
using ILGPU;

namespace GpuRisk.Hedging;

/// <summary>
/// One policy ready to run on the device: its rule (or account) as a struct type parameter of the hedging kernel,
/// with whatever per-underlying tables it needs uploaded. Built by <see cref="PolicyFactory"/>.
/// </summary>
public abstract class HedgePolicy(PolicySpec spec) : IDisposable
{
    /// <summary>The policy as parsed.</summary>
    public PolicySpec Spec { get; } = spec;

    /// <summary>Runs the policy over one chunk of series, writing one outcome per path.</summary>
    public abstract void Run(DeviceSession session, BookSeries series, HedgeInputs inputs, ArrayView<HedgeOutcome> outcomes);

    /// <inheritdoc/>
    public virtual void Dispose() => GC.SuppressFinalize(this);
}
