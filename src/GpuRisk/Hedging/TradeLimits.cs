using GpuRisk.Kernels.Hedging;
using ILGPU;
using ILGPU.Runtime;

namespace GpuRisk.Hedging;

/// <summary>
/// A policy's smallest trade and cooldown per (underlying slot, regime) on the device (<see cref="HedgeInputs.MinTrade"/>,
/// <see cref="HedgeInputs.CooldownYears"/>): the policy's <c>min=</c> and <c>cooldown=</c> keys everywhere; for a
/// thresholds policy without them, the file's <c>minTrade</c> and <c>cooldownHours</c> per underlying and regime, so a
/// vault's edited file is replayed as it stands.
/// </summary>
public sealed class TradeLimits : IDisposable
{
    private readonly MemoryBuffer1D<double, Stride1D.Dense> _minTrade, _cooldownYears;

    private TradeLimits(Accelerator accelerator, double[] minTrade, double[] cooldownYears)
    {
        _minTrade = accelerator.Allocate1D(minTrade);
        _cooldownYears = accelerator.Allocate1D(cooldownYears);
    }

    /// <summary>The limits of <paramref name="spec"/> in the run <paramref name="context"/> describes.</summary>
    public static TradeLimits Create(Accelerator accelerator, PolicySpec spec, PolicyContext context)
    {
        int cells = context.SlotUnderlyings.Count * context.Market.Regimes.Count;
        double minTrade = spec.MinTradeCoins, cooldownYears = spec.Cooldown?.Years ?? 0.0;
        if (spec.Kind != PolicyKind.Thresholds) return new(accelerator, Filled(cells, minTrade), Filled(cells, cooldownYears));
        ThresholdEntry?[] entries = PolicyFactory.ThresholdEntries(spec, context);
        return new(accelerator,
            spec.MinTradeCoins > 0 ? Filled(cells, minTrade) : [.. entries.Select(e => e?.MinTrade ?? 0.0)],
            spec.Cooldown is not null ? Filled(cells, cooldownYears) : [.. entries.Select(e => (e?.CooldownHours ?? 0.0) / (24 * 365.0))]);
    }

    /// <summary>Smallest trade per (slot x regimes + regime), coins.</summary>
    public ArrayView<double> MinTrade => _minTrade.View;

    /// <summary>Cooldown per (slot x regimes + regime), years.</summary>
    public ArrayView<double> CooldownYears => _cooldownYears.View;

    /// <inheritdoc/>
    public void Dispose()
    {
        _minTrade.Dispose();
        _cooldownYears.Dispose();
    }

    private static double[] Filled(int cells, double value) => [.. Enumerable.Repeat(value, Math.Max(cells, 1))];
}
