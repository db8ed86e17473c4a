using GpuRisk.Markets;

namespace GpuRisk.Hedging;

/// <summary>What turning a policy spec into a device policy needs to know about the run.</summary>
/// <param name="Market">The market (regime names, underlyings).</param>
/// <param name="SlotUnderlyings">Market index of each walk slot.</param>
/// <param name="GrossDelta">Per slot: the book's gross delta today, sum of |position delta|, coins.</param>
/// <param name="Thresholds">The thresholds files the policies name, read and validated, by path.</param>
public sealed record PolicyContext(MarketSnapshot Market, IReadOnlyList<int> SlotUnderlyings, IReadOnlyList<double> GrossDelta,
    IReadOnlyDictionary<string, ThresholdsDocument> Thresholds)
{
    /// <summary>The slot of market underlying <paramref name="name"/>, or -1.</summary>
    public int SlotOf(string name)
    {
        int u = Market.IndexOf(name);
        for (int s = 0; s < SlotUnderlyings.Count; s++)
        {
            if (SlotUnderlyings[s] == u) return s;
        }
        return -1;
    }
}
