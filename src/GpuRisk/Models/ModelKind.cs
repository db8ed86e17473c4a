namespace GpuRisk.Models;

/// <summary>The pricing model of an underlying, chosen by which parameters the market gives.</summary>
public enum ModelKind
{
    /// <summary>Constant volatility (the market gives <c>vol</c>).</summary>
    BlackScholes,
    /// <summary>Constant volatility plus log-normal jumps (<c>vol</c> and <c>jumps</c>).</summary>
    Merton,
    /// <summary>Stochastic variance (the market gives <c>heston</c>).</summary>
    Heston,
    /// <summary>Heston plus log-normal jumps (<c>heston</c> and <c>jumps</c>).</summary>
    Bates,
}
