namespace GpuRisk.Stress;

/// <summary>One row of the <c>risk_matrix</c> Parquet table: one cell, one scope (an underlying's positions or TOTAL).</summary>
public sealed class RiskMatrixRow
{
    /// <summary>The underlying shocked, or "ALL".</summary>
    public string Underlying { get; set; } = "";
    /// <summary>Relative spot shock.</summary>
    public double SpotShock { get; set; }
    /// <summary>Absolute vol shock before time-to-expiry scaling.</summary>
    public double VolShock { get; set; }
    /// <summary>Whose figures: an underlying's positions, or "TOTAL" for the whole book.</summary>
    public string Scope { get; set; } = "";
    /// <summary>USD.</summary>
    public double ValueChange { get; set; }
    /// <summary>Coins.</summary>
    public double Delta { get; set; }
    /// <summary>Coins per USD.</summary>
    public double Gamma { get; set; }
    /// <summary>USD per vol point.</summary>
    public double Vega { get; set; }
    /// <summary>USD per calendar day.</summary>
    public double Theta { get; set; }
    /// <summary>Standard error of <see cref="ValueChange"/> for Monte Carlo rows; null for analytic ones.</summary>
    public double? ValueChangeStdErr { get; set; }
    /// <summary>Standard errors of the Greeks for Monte Carlo rows; null for analytic ones.</summary>
    public double? DeltaStdErr { get; set; }
    /// <inheritdoc cref="DeltaStdErr"/>
    public double? GammaStdErr { get; set; }
    /// <inheritdoc cref="DeltaStdErr"/>
    public double? VegaStdErr { get; set; }
    /// <inheritdoc cref="DeltaStdErr"/>
    public double? ThetaStdErr { get; set; }
}
