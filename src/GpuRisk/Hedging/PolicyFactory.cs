using GpuRisk.IO;
using GpuRisk.Kernels.Hedging;
using ILGPU.Runtime;

namespace GpuRisk.Hedging;

/// <summary>Turns policy specs into device policies: resolves bands in % of gross delta, reads thresholds files, finds accounts' underlyings.</summary>
public static class PolicyFactory
{
    /// <summary>The device policy of <paramref name="spec"/>.</summary>
    /// <exception cref="InputException">A thresholds file lacks a band the book needs.</exception>
    public static HedgePolicy Create(Accelerator accelerator, PolicySpec spec, PolicyContext context)
    {
        int slots = context.SlotUnderlyings.Count;
        switch (spec.Kind)
        {
            case PolicyKind.None:
                return new RulePolicy<NoHedgeRule>(spec, default, []);
            case PolicyKind.Band:
            {
                var band = accelerator.Allocate1D(Bands(spec, context));
                return new RulePolicy<BandRule>(spec, new BandRule { Band = band.View, To = spec.To ?? Landing.Target }, [band]);
            }
            case PolicyKind.Time:
                return new RulePolicy<TimeRule>(spec, new TimeRule { PeriodYears = spec.Period!.Value.Years }, []);
            case PolicyKind.TimeOrBand:
            {
                var band = accelerator.Allocate1D(Bands(spec, context));
                var rule = new TimeOrBandRule
                {
                    Band = new BandRule { Band = band.View, To = spec.To ?? Landing.Target },
                    PeriodYears = spec.Period!.Value.Years,
                };
                return new RulePolicy<TimeOrBandRule>(spec, rule, [band]);
            }
            case PolicyKind.WhalleyWilmott:
                return new RulePolicy<WhalleyWilmottRule>(spec,
                    new WhalleyWilmottRule { RiskAversion = spec.RiskAversion, To = spec.To ?? Landing.Edge }, []);
            case PolicyKind.Zakamouline:
                return new RulePolicy<ZakamoulineRule>(spec,
                    new ZakamoulineRule { RiskAversion = spec.RiskAversion, To = spec.To ?? Landing.Edge }, []);
            case PolicyKind.Thresholds:
            {
                ThresholdTable table = ThresholdTable.Of(ThresholdEntries(spec, context));
                var band = accelerator.Allocate1D(table.Band);
                var reset = accelerator.Allocate1D(table.Reset);
                var starts = accelerator.Allocate1D(table.StartYears);
                var rule = new ThresholdsRule
                {
                    Band = band.View, Reset = reset.View, Regimes = context.Market.Regimes.Count,
                    Buckets = new ScheduleBuckets { StartYears = starts.View },
                };
                return new RulePolicy<ThresholdsRule>(spec, rule, [band, reset, starts]);
            }
            case PolicyKind.Cppi:
                return new AccountPolicy<CppiRule>(spec, new CppiRule { Floor = spec.Floor, Multiplier = spec.Multiplier }, AccountSlot(spec, context));
            default:
                return new AccountPolicy<VolTargetRule>(spec,
                    new VolTargetRule { Target = spec.TargetVol, Cap = spec.Cap, DecayPerDay = 0.94 }, AccountSlot(spec, context));
        }
    }

    /// <summary>Per slot the band in coins: X as given, or X% of the slot's gross delta today.</summary>
    private static double[] Bands(PolicySpec spec, PolicyContext context) =>
        [.. Enumerable.Range(0, context.SlotUnderlyings.Count).Select(s => spec.BandIsPercent ? spec.Band / 100.0 * context.GrossDelta[s] : spec.Band)];

    /// <summary>The market index of an account's underlying (validated).</summary>
    public static int AccountUnderlying(PolicySpec spec, Markets.MarketSnapshot market)
    {
        int u = market.IndexOf(spec.Underlying!);
        return u >= 0 ? u : throw new InputException("--policy", spec.Text, "underlying",
            $"'{spec.Underlying}' is not an underlying of the market ({string.Join(", ", market.Underlyings.Select(x => x.Name))})");
    }

    private static int AccountSlot(PolicySpec spec, PolicyContext context) => context.SlotOf(spec.Underlying!);

    /// <summary>
    /// A thresholds policy's file entry per (slot x Regimes + regime); null where the book does not hedge the slot.
    /// </summary>
    /// <exception cref="InputException">The file lacks a regime of an underlying the book hedges.</exception>
    public static ThresholdEntry?[] ThresholdEntries(PolicySpec spec, PolicyContext context)
    {
        ThresholdsDocument doc = context.Thresholds[spec.ThresholdsFile!];
        int regimes = context.Market.Regimes.Count;
        var entries = new ThresholdEntry?[context.SlotUnderlyings.Count * regimes];
        for (int s = 0; s < context.SlotUnderlyings.Count; s++)
        {
            string underlying = context.Market.Underlyings[context.SlotUnderlyings[s]].Name;
            for (int r = 0; r < regimes; r++)
            {
                string regime = context.Market.Regimes.Names[r];
                ThresholdEntry? e = doc.Entries.FirstOrDefault(x => x.Underlying == underlying && x.Regime == regime);
                if (e is null && context.GrossDelta[s] != 0)
                {
                    throw new InputException(spec.ThresholdsFile!, "$.underlyings", "regimes",
                        $"no thresholds for {underlying} in regime '{regime}' (the book hedges {underlying}; every regime of the market needs a band)");
                }
                entries[s * regimes + r] = e;
            }
        }
        return entries;
    }
}
