namespace GpuRisk.Optimization;

/// <summary>Long-run figures of a hedging policy, per day (ACT/365).</summary>
/// <param name="ExpectedCostPerDayUsd">Fees, impact and gas, USD per day.</param>
/// <param name="HedgeErrorSdPerDayUsd">
/// Standard deviation of the hedging error over a day, USD: sqrt(checks per day x E[E2 m^2]), m the
/// mismatch held over a check (errors of different checks are uncorrelated: each is m times a fresh
/// spot move).
/// </param>
/// <param name="TradesPerDay">Trades executed per day.</param>
/// <param name="FailedTradesPerDay">Trades attempted that failed, per day.</param>
public sealed record HedgeFigures(double ExpectedCostPerDayUsd, double HedgeErrorSdPerDayUsd, double TradesPerDay, double FailedTradesPerDay)
{
    /// <summary>Per-check expectations turned into per-day figures.</summary>
    internal static HedgeFigures FromPerCheck(double costUsd, double errorVarianceUsd2, double executed, double failed, double checksPerDay) =>
        new(costUsd * checksPerDay, Math.Sqrt(errorVarianceUsd2 * checksPerDay), executed * checksPerDay, failed * checksPerDay);
}
