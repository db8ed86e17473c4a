namespace GpuRisk.Reporting;

/// <summary>One point of the optimizer's cost/risk frontier: the DP's policy at one risk aversion.</summary>
/// <param name="RiskAversionPerUsd">CARA risk aversion G, in 1/USD.</param>
/// <param name="CostPerDayUsd">Expected trading cost, USD per day.</param>
/// <param name="ErrorSdPerDayUsd">Standard deviation of the hedging error, USD per day.</param>
public readonly record struct FrontierPoint(double RiskAversionPerUsd, double CostPerDayUsd, double ErrorSdPerDayUsd);
