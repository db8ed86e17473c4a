using GpuRisk.Config;

namespace GpuRisk.Hedging;

/// <summary>
/// One parsed policy of the grammar <c>NAME[:ARGS][,key=value]...</c> (see <see cref="PolicyParser"/>). Fields a kind
/// does not use stay at their defaults.
/// </summary>
/// <param name="Text">The policy as written (its name in every output).</param>
/// <param name="Kind">Which policy.</param>
/// <param name="Band">Band half-width: coins, or percent of gross delta when <paramref name="BandIsPercent"/>.</param>
/// <param name="BandIsPercent">The band is X% of the book's gross delta on the underlying (sum of |position delta|, today).</param>
/// <param name="Period">Rebalancing period (time, time-or-band).</param>
/// <param name="RiskAversion">CARA risk aversion G, 1/USD (ww, zakamouline).</param>
/// <param name="ThresholdsFile">The exported thresholds (thresholds).</param>
/// <param name="Underlying">The account's underlying (cppi, voltarget).</param>
/// <param name="Floor">CPPI floor as a fraction of initial capital.</param>
/// <param name="Multiplier">CPPI multiplier.</param>
/// <param name="TargetVol">Vol target, annualised (voltarget).</param>
/// <param name="Cap">Largest leverage (voltarget).</param>
/// <param name="CapitalUsd">Initial capital of an account, USD.</param>
/// <param name="To">Where trades land (<see cref="Kernels.Hedging.Landing"/>), or null for the kind's default.</param>
/// <param name="MinTradeCoins">Smallest trade, coins.</param>
/// <param name="Cooldown">No trade within this long of the last.</param>
public sealed record PolicySpec(
    string Text,
    PolicyKind Kind,
    double Band = 0,
    bool BandIsPercent = false,
    Duration? Period = null,
    double RiskAversion = 0,
    string? ThresholdsFile = null,
    string? Underlying = null,
    double Floor = 0,
    double Multiplier = 0,
    double TargetVol = 0,
    double Cap = 0,
    double CapitalUsd = PolicyParser.DefaultCapitalUsd,
    int? To = null,
    double MinTradeCoins = 0,
    Duration? Cooldown = null)
{
    /// <summary>True for the accounts on one underlying (CPPI, vol targeting), false for the book's hedges.</summary>
    public bool IsAccount => Kind is PolicyKind.Cppi or PolicyKind.VolTarget;
}
