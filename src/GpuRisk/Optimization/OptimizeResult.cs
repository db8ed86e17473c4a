using GpuRisk.Hedging;

namespace GpuRisk.Optimization;

/// <summary>What <c>optimize</c> produces.</summary>
/// <param name="Settings">What was asked.</param>
/// <param name="Chosen">The exported bands (at <see cref="OptimizeSettings.Chosen"/>).</param>
/// <param name="Frontier">Every policy of the proof on the cost/risk plane.</param>
/// <param name="Proof">The out-of-sample backtest: the DP bands at each risk aversion, the baselines and the band family.</param>
/// <param name="ProofResults">Its finished figures.</param>
/// <param name="Summary">The verdict on the chosen bands.</param>
/// <param name="DpCellsPerSecond">Throughput of the dynamic program (cells: regimes x mismatch points x iterations).</param>
public sealed record OptimizeResult(OptimizeSettings Settings, ThresholdsDocument Chosen, IReadOnlyList<FrontierRow> Frontier,
    BacktestState Proof, IReadOnlyList<PolicyResult> ProofResults, ProofSummary Summary, double DpCellsPerSecond);
