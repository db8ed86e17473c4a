using GpuRisk.Devices;
using GpuRisk.Kernels.Hedging;
using GpuRisk.Kernels.Revaluation;
using ILGPU;
using ILGPU.Runtime;

namespace GpuRisk.Hedging;

/// <summary>A policy that hedges the book with rule <typeparamref name="TRule"/> (<see cref="DeltaHedgeKernel"/>).</summary>
/// <param name="spec">The policy.</param>
/// <param name="rule">The rule, its views pointing into <paramref name="owned"/>.</param>
/// <param name="owned">Device buffers the rule reads; released with the policy.</param>
public sealed class RulePolicy<TRule>(PolicySpec spec, TRule rule, IReadOnlyList<IDisposable> owned) : HedgePolicy(spec)
    where TRule : struct, IHedgeRule
{
    /// <inheritdoc/>
    public override void Run(DeviceSession session, BookSeries series, HedgeInputs inputs, ArrayView<HedgeOutcome> outcomes)
    {
        var kernel = session.Kernels.Get(nameof(DeltaHedgeKernel), a =>
            a.LoadAutoGroupedStreamKernel<Index1D, BookSeries, HedgeInputs, TRule, ArrayView<HedgeOutcome>>(DeltaHedgeKernel.Run));
        kernel(inputs.Count, series, inputs, rule, outcomes);
    }

    /// <inheritdoc/>
    public override void Dispose()
    {
        foreach (IDisposable buffer in owned) buffer.Dispose();
        base.Dispose();
    }
}
