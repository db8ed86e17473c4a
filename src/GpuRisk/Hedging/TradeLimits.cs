using GpuRisk.Kernels.Hedging;
using ILGPU;
using ILGPU.Runtime;

namespace GpuRisk.Hedging;

/// <summary>
/// A policy's smallest trade and cooldown per (underlying slot, regime, schedule bucket) on the device
/// (<see cref="HedgeInputs.MinTrade"/>, <see cref="HedgeInputs.CooldownYears"/>, <see cref="HedgeInputs.LimitBuckets"/>):
/// the policy's <c>min=</c> and <c>cooldown=</c> keys everywhere; for a thresholds policy without them, the file's
/// <c>minTrade</c> (per step of a schedule) and <c>cooldownHours</c> per underlying and regime, so a vault's edited file
/// is replayed as it stands.
/// </summary>
public sealed class TradeLimits : IDisposable
{
    private readonly MemoryBuffer1D<double, Stride1D.Dense> _startYears, _minTrade, _cooldownYears;

    private TradeLimits(Accelerator accelerator, double[] startYears, double[] minTrade, double[] cooldownYears)
    {
        _startYears = accelerator.Allocate1D(startYears);
        _minTrade = accelerator.Allocate1D(minTrade);
        _cooldownYears = accelerator.Allocate1D(cooldownYears);
    }

    /// <summary>The limits of <paramref name="spec"/> in the run <paramref name="context"/> describes.</summary>
    public static TradeLimits Create(Accelerator accelerator, PolicySpec spec, PolicyContext context)
    {
        int cells = context.SlotUnderlyings.Count * context.Market.Regimes.Count;
        double minTrade = spec.MinTradeCoins, cooldownYears = spec.Cooldown?.Years ?? 0.0;
        if (spec.Kind != PolicyKind.Thresholds) return new(accelerator, [0.0], Filled(cells, minTrade), Filled(cells, cooldownYears));
        ThresholdTable table = ThresholdTable.Of(PolicyFactory.ThresholdEntries(spec, context));
        int size = cells * table.StartYears.Length;
        return new(accelerator, table.StartYears,
            spec.MinTradeCoins > 0 ? Filled(size, minTrade) : table.MinTrade,
            spec.Cooldown is not null ? Filled(size, cooldownYears) : table.CooldownYears);
    }

    /// <summary>Smallest trade per ((slot x regimes + regime) x buckets + bucket), coins.</summary>
    public ArrayView<double> MinTrade => _minTrade.View;

    /// <summary>Cooldown per ((slot x regimes + regime) x buckets + bucket), years.</summary>
    public ArrayView<double> CooldownYears => _cooldownYears.View;

    /// <summary>The time buckets the limits change at.</summary>
    public ScheduleBuckets Buckets => new() { StartYears = _startYears.View };

    /// <inheritdoc/>
    public void Dispose()
    {
        _startYears.Dispose();
        _minTrade.Dispose();
        _cooldownYears.Dispose();
    }

    private static double[] Filled(int cells, double value) => [.. Enumerable.Repeat(value, Math.Max(cells, 1))];
}
