using GpuRisk.Output;
using Parquet.Serialization;

namespace GpuRisk.Stress;

/// <summary>Writes the <c>risk_matrix</c> Parquet table: per cell, one row per underlying and one TOTAL row.</summary>
public static class RiskMatrixParquet
{
    /// <summary>The scope name of the whole-book rows.</summary>
    public const string Total = "TOTAL";

    /// <summary>The table's rows, in cell order.</summary>
    public static IReadOnlyList<RiskMatrixRow> Rows(StressResult result)
    {
        var rows = new List<RiskMatrixRow>(result.Cells.Count * (result.Underlyings.Count + 1));
        foreach (StressCell c in result.Cells)
        {
            for (int u = 0; u < result.Underlyings.Count; u++) rows.Add(Row(c, result.Underlyings[u], c.ByUnderlying[u], c.ByUnderlyingErrors?[u]));
            rows.Add(Row(c, Total, c.Total, c.Errors));
        }
        return rows;
    }

    /// <summary>Writes the table to <paramref name="path"/> atomically.</summary>
    public static Task WriteAsync(StressResult result, string path) =>
        AtomicFile.WriteAsync(path, stream => ParquetSerializer.SerializeAsync(Rows(result), stream));

    private static RiskMatrixRow Row(StressCell c, string scope, CellFigures f, CellErrors? e) => new()
    {
        Underlying = c.Underlying, SpotShock = c.SpotShock, VolShock = c.VolShock, Scope = scope,
        ValueChange = f.ValueChange, Delta = f.Delta, Gamma = f.Gamma, Vega = f.Vega, Theta = f.Theta,
        ValueChangeStdErr = e?.ValueChange, DeltaStdErr = e?.Greeks.Delta, GammaStdErr = e?.Greeks.Gamma,
        VegaStdErr = e?.Greeks.Vega, ThetaStdErr = e?.Greeks.Theta,
    };
}
