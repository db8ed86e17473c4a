namespace GpuRisk.Pricing.Analytic;

/// <summary>The right a European option gives: buy (call) or sell (put) one coin at the strike.</summary>
public enum OptionRight
{
    /// <summary>Pays max(S_T - K, 0) per coin at expiry.</summary>
    Call,
    /// <summary>Pays max(K - S_T, 0) per coin at expiry.</summary>
    Put,
}
