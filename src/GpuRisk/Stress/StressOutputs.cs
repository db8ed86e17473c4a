namespace GpuRisk.Stress;

/// <summary>What <c>stress --out D</c> writes into D: the JSON, the Parquet table and the heat map (PNG and SVG).</summary>
public static class StressOutputs
{
    /// <summary>File names inside the output folder.</summary>
    public const string Json = "risk_matrix.json", Parquet = "risk_matrix.parquet",
        HeatMapPng = "risk_matrix.png", HeatMapSvg = "risk_matrix.svg";

    /// <summary>Writes every file of <paramref name="result"/> into <paramref name="folder"/>, each atomically.</summary>
    public static async Task WriteAllAsync(StressResult result, string folder)
    {
        RiskMatrixJson.Write(result, Path.Combine(folder, Json));
        await RiskMatrixParquet.WriteAsync(result, Path.Combine(folder, Parquet));
        RiskMatrixHeatMap.Write(result, Path.Combine(folder, HeatMapPng), Path.Combine(folder, HeatMapSvg));
    }
}
