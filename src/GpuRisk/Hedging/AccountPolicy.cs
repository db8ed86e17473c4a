using GpuRisk.Devices;
using GpuRisk.Kernels.Hedging;
using GpuRisk.Kernels.Revaluation;
using ILGPU;
using ILGPU.Runtime;

namespace GpuRisk.Hedging;

/// <summary>A self-financing account on one underlying (<see cref="AccountKernel"/>), with its own capital.</summary>
/// <param name="spec">The policy.</param>
/// <param name="account">The account rule.</param>
/// <param name="slot">The account's underlying in the walk.</param>
public sealed class AccountPolicy<TAccount>(PolicySpec spec, TAccount account, int slot) : HedgePolicy(spec)
    where TAccount : struct, IAccountRule
{
    /// <inheritdoc/>
    public override void Run(DeviceSession session, BookSeries series, HedgeInputs inputs, ArrayView<HedgeOutcome> outcomes)
    {
        var kernel = session.Kernels.Get(nameof(AccountKernel), a =>
            a.LoadAutoGroupedStreamKernel<Index1D, BookSeries, HedgeInputs, TAccount, int, double, ArrayView<HedgeOutcome>>(AccountKernel.Run));
        kernel(inputs.Count, series, inputs, account, slot, Spec.CapitalUsd, outcomes);
    }
}
