namespace GpuRisk.Models;

/// <summary>The pricing model of an underlying, chosen by which parameters the market gives.</summary>
public enum ModelKind
{
    /// <summary>Constant volatility (the market gives <c>vol</c>).</summary>
    BlackScholes,
    /// <summary>Stochastic variance (the market gives <c>heston</c>).</summary>
    Heston,
    /// <summary>Heston plus log-normal jumps (<c>heston</c> and <c>jumps</c>).</summary>
    Bates,
}
