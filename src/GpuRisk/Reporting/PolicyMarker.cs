namespace GpuRisk.Reporting;

/// <summary>A rebalancing policy placed on the cost/risk frontier chart (a baseline, or the optimizer's own out of sample).</summary>
/// <param name="Name">The policy as the command line writes it (band:5%, time:8h, ...).</param>
/// <param name="CostPerDayUsd">Expected trading cost, USD per day.</param>
/// <param name="ErrorSdPerDayUsd">Standard deviation of the hedging error, USD per day.</param>
/// <param name="CostStderrUsd">Standard error of the cost, USD per day; null draws no error bar.</param>
/// <param name="ErrorSdStderrUsd">Standard error of the error sd, USD per day; null draws no error bar.</param>
public sealed record PolicyMarker(string Name, double CostPerDayUsd, double ErrorSdPerDayUsd,
    double? CostStderrUsd = null, double? ErrorSdStderrUsd = null);
