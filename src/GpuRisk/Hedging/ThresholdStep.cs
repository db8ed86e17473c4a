namespace GpuRisk.Hedging;

/// <summary>
/// One underlying's thresholds in one regime from one time on: a step of a <c>schedule</c> in <c>thresholds.json</c>,
/// in force from <paramref name="FromHours"/> until the next step's start (the last one to the horizon).
/// </summary>
/// <param name="FromHours">When the step takes over, hours from the valuation time; the first step is from 0.</param>
/// <param name="Band">No-trade band half-width h around the target, coins.</param>
/// <param name="Reset">Distance r from the target where a trade lands, coins (0: the target; h: the edge).</param>
/// <param name="MinTrade">Smallest trade, coins.</param>
/// <param name="ExpectedCostPerDay">Expected trading cost, USD per day, were the step's law to hold; NaN when not given.</param>
/// <param name="HedgeErrorSdPerDay">Hedging-error standard deviation, USD per sqrt(day), as above; NaN when not given.</param>
/// <param name="TradesPerDay">Expected trades per day, as above; NaN when not given.</param>
public sealed record ThresholdStep(double FromHours, double Band, double Reset, double MinTrade, double ExpectedCostPerDay,
    double HedgeErrorSdPerDay, double TradesPerDay);
