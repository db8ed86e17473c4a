namespace GpuRisk.Pricing;

/// <summary>
/// Value and Greeks of a position (or a sum of positions), in DESIGN.md's units.
/// </summary>
/// <param name="Value">USD.</param>
/// <param name="StdErr">Standard error of <paramref name="Value"/> in USD; 0 for analytic figures.</param>
/// <param name="Delta">Coins: dV/dS.</param>
/// <param name="Gamma">Coins per USD: d2V/dS2.</param>
/// <param name="Vega">USD per 0.01 of volatility (Heston/Bates: +0.01 on sqrt(v0) and sqrt(theta)).</param>
/// <param name="Theta">USD per calendar day: -dV/dT / 365, model inputs fixed.</param>
public readonly record struct Valuation(double Value, double StdErr, double Delta, double Gamma, double Vega, double Theta)
{
    /// <summary>All zero.</summary>
    public static Valuation Zero => default;

    /// <summary>Figures scaled by <paramref name="quantity"/> (standard error by its absolute value).</summary>
    public Valuation Scale(double quantity) => new(
        Value * quantity, StdErr * Math.Abs(quantity), Delta * quantity, Gamma * quantity, Vega * quantity, Theta * quantity);

    /// <summary>
    /// Sum of two valuations. Standard errors add in quadrature, which is right only for independent
    /// estimates: Monte Carlo engines with common random numbers report a book stderr of their own.
    /// </summary>
    public static Valuation operator +(Valuation a, Valuation b) => new(
        a.Value + b.Value, Math.Sqrt(a.StdErr * a.StdErr + b.StdErr * b.StdErr),
        a.Delta + b.Delta, a.Gamma + b.Gamma, a.Vega + b.Vega, a.Theta + b.Theta);
}
