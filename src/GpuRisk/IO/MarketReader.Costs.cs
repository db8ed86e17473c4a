using GpuRisk.Markets;

namespace GpuRisk.IO;

public static partial class MarketReader
{
    private const string CostDefaultKey = "default";
    private static readonly string[] CostFields = ["feeBps", "impact", "gasUsd", "failProbability"];

    /// <summary>Cost models by key ("default" or a regime name); a regime's missing fields come from "default".</summary>
    private static Dictionary<string, CostModel> ReadCosts(StrictJsonObject? costs, RegimeChain regimes)
    {
        var result = new Dictionary<string, CostModel>(StringComparer.Ordinal);
        if (costs is null) return result;
        foreach (var (key, _) in costs.Properties)
        {
            if (key != CostDefaultKey && !regimes.Names.Contains(key))
            {
                throw costs.Error(key, $"'{key}' is neither '{CostDefaultKey}' nor a regime name ({string.Join(", ", regimes.Names)})");
            }
        }
        CostModel fallback = costs.OptionalObject(CostDefaultKey, CostFields) is { } d ? ReadCost(d, CostModel.Zero) : CostModel.Zero;
        foreach (var (key, _) in costs.Properties)
        {
            result[key] = key == CostDefaultKey ? fallback : ReadCost(costs.Object(key, CostFields), fallback);
        }
        return result;
    }

    private static CostModel ReadCost(StrictJsonObject c, CostModel fallback) => new(
        FeeBps: c.OptionalNumber("feeBps", NumberRule.NonNegative) ?? fallback.FeeBps,
        Impact: c.OptionalNumber("impact", NumberRule.NonNegative) ?? fallback.Impact,
        GasUsd: c.OptionalNumber("gasUsd", NumberRule.NonNegative) ?? fallback.GasUsd,
        // 1 is a halted chain (DESIGN.md): a real regime in which no rebalance goes through.
        FailProbability: c.OptionalNumber("failProbability", NumberRule.Probability) ?? fallback.FailProbability);
}
