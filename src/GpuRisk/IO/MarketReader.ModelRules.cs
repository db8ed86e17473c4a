using System.Collections.Frozen;

namespace GpuRisk.IO;

public static partial class MarketReader
{
    // The range rules of the model parameters, shared by the base underlyings and the regime
    // overrides so that a regime can never set a value the base would reject.

    private static readonly string[] HestonFields = ["v0", "kappa", "theta", "xi", "rho"];
    private static readonly string[] JumpFields = ["lambda", "mean", "stdev"];

    // theta > 0: a zero long-run variance makes the Feller ratio and the QE scheme degenerate;
    // v0, kappa, xi = 0 are legitimate limits (no initial variance, no mean reversion, Black-Scholes).
    private static readonly FrozenDictionary<string, NumberRule> HestonRules = new Dictionary<string, NumberRule>
    {
        ["v0"] = NumberRule.NonNegative,
        ["kappa"] = NumberRule.NonNegative,
        ["theta"] = NumberRule.Positive,
        ["xi"] = NumberRule.NonNegative,
        ["rho"] = NumberRule.Correlation,
    }.ToFrozenDictionary();

    private static readonly FrozenDictionary<string, NumberRule> JumpRules = new Dictionary<string, NumberRule>
    {
        ["lambda"] = NumberRule.NonNegative,
        ["mean"] = NumberRule.Finite,
        ["stdev"] = NumberRule.NonNegative,
    }.ToFrozenDictionary();
}
