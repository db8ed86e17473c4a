namespace GpuRisk.Optimization;

/// <summary>
/// One row of <c>frontier.parquet</c>: a policy run out of sample, its expected cost and hedging-error sd, per day,
/// with standard errors. Property names are the column names.
/// </summary>
public sealed class FrontierRow
{
    /// <summary>"dp" for the optimizer's bands at one risk aversion, "baseline" for a policy users run today, "band" for the fixed-band family.</summary>
    public string Kind { get; set; } = "";
    /// <summary>The policy as written.</summary>
    public string Policy { get; set; } = "";
    /// <summary>CARA risk aversion G, 1/USD (dp rows).</summary>
    public double? RiskAversion { get; set; }
    /// <summary>Expected trading cost, USD per day.</summary>
    public double CostPerDay { get; set; }
    /// <summary>Its standard error.</summary>
    public double CostPerDayStderr { get; set; }
    /// <summary>Hedging-error standard deviation, USD per sqrt(day).</summary>
    public double ErrorSdPerDay { get; set; }
    /// <summary>Its standard error.</summary>
    public double ErrorSdPerDayStderr { get; set; }
    /// <summary>Trades per day.</summary>
    public double TradesPerDay { get; set; }
    /// <summary>Its standard error.</summary>
    public double TradesPerDayStderr { get; set; }
}
