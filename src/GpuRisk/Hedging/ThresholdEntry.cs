namespace GpuRisk.Hedging;

/// <summary>One underlying's rebalance thresholds in one regime, as <c>thresholds.json</c> holds them.</summary>
/// <param name="Underlying">The underlying.</param>
/// <param name="Regime">The regime.</param>
/// <param name="Band">No-trade band half-width h around the target at the valuation time, coins.</param>
/// <param name="Reset">Distance r from the target where a trade lands at the valuation time, coins (0: the target; h: the edge).</param>
/// <param name="BandPctGrossDelta">The band as a percentage of the book's gross delta on the underlying.</param>
/// <param name="MinTrade">Smallest trade at the valuation time, coins.</param>
/// <param name="CooldownHours">No trade within this many hours of the last.</param>
/// <param name="ExpectedCostPerDay">Expected trading cost, USD per day.</param>
/// <param name="HedgeErrorSdPerDay">Hedging-error standard deviation, USD per sqrt(day).</param>
/// <param name="TradesPerDay">Expected trades per day.</param>
/// <param name="Schedule">
/// Where the thresholds change over the horizon, the steps in time order, the first from 0 with this entry's band, reset
/// and minimum trade; null: the entry's thresholds hold throughout.
/// </param>
public sealed record ThresholdEntry(string Underlying, string Regime, double Band, double Reset, double BandPctGrossDelta,
    double MinTrade, double CooldownHours, double ExpectedCostPerDay, double HedgeErrorSdPerDay, double TradesPerDay,
    IReadOnlyList<ThresholdStep>? Schedule = null)
{
    /// <summary>The steps a replay follows: the schedule, or one step from 0 with the entry's thresholds.</summary>
    public IReadOnlyList<ThresholdStep> Steps() =>
        Schedule ?? [new ThresholdStep(0.0, Band, Reset, MinTrade, ExpectedCostPerDay, HedgeErrorSdPerDay, TradesPerDay)];
}
