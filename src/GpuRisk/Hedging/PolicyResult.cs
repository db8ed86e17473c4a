using GpuRisk.Risk;

namespace GpuRisk.Hedging;

/// <summary>The finished figures of one policy (DESIGN.md's <c>backtest.json</c> entry); USD unless named.</summary>
/// <param name="Policy">The policy as written.</param>
/// <param name="IsAccount">True for CPPI and vol targeting (accounts, not the book's hedge).</param>
/// <param name="Paths">Paths behind the figures.</param>
/// <param name="Pnl">P&amp;L after costs: mean, its stderr, sd, its stderr.</param>
/// <param name="Cost">Costs: mean and its stderr.</param>
/// <param name="HedgeError">P&amp;L before costs: mean, its stderr, sd, its stderr.</param>
/// <param name="TradesPerDay">Trades per day and its stderr.</param>
/// <param name="FailedPerDay">Failed trades per day and its stderr.</param>
/// <param name="Es">ES of the P&amp;L per level.</param>
/// <param name="GapLimit">The gap-loss limit.</param>
/// <param name="GapProbability">P(largest loss between two checks exceeds the limit), with its interval.</param>
/// <param name="GapEs99">ES at 99% of the largest loss between two checks.</param>
/// <param name="Floor">CPPI only: P(breach by the horizon) with its interval.</param>
/// <param name="ShortfallMean">CPPI only: mean shortfall below the floor at the horizon over breached paths, in units of initial capital.</param>
/// <param name="ShortfallMeanAllPaths">CPPI only: mean shortfall over all paths (0 where not breached), with its stderr.</param>
public sealed record PolicyResult(
    string Policy, bool IsAccount, long Paths,
    (double Mean, double Sd, double MeanStderr, double SdStderr) Pnl,
    (double Mean, double Sd, double MeanStderr, double SdStderr) Cost,
    (double Mean, double Sd, double MeanStderr, double SdStderr) HedgeError,
    (double Value, double Stderr) TradesPerDay,
    (double Value, double Stderr) FailedPerDay,
    IReadOnlyList<LevelEstimate> Es,
    double GapLimit,
    ProportionInterval GapProbability,
    LevelEstimate GapEs99,
    ProportionInterval? Floor,
    double? ShortfallMean,
    (double Mean, double Stderr)? ShortfallMeanAllPaths);
