namespace GpuRisk.Stress;

/// <summary>
/// A part of the book (one underlying's positions, or all) in one stress cell, in DESIGN.md's units.
/// </summary>
/// <param name="ValueChange">Value in the cell minus value at the base market, USD.</param>
/// <param name="Delta">Coins: dV/dS at the shocked inputs.</param>
/// <param name="Gamma">Coins per USD.</param>
/// <param name="Vega">USD per 0.01 vol (Heston/Bates: +0.01 on sqrt(v0) and sqrt(theta)).</param>
/// <param name="Theta">USD per calendar day: -dV/dT / 365.</param>
public readonly record struct CellFigures(double ValueChange, double Delta, double Gamma, double Vega, double Theta)
{
    /// <summary>Component-wise sum.</summary>
    public static CellFigures operator +(CellFigures a, CellFigures b) => new(
        a.ValueChange + b.ValueChange, a.Delta + b.Delta, a.Gamma + b.Gamma, a.Vega + b.Vega, a.Theta + b.Theta);
}
