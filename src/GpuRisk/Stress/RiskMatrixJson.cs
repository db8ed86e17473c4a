using System.Text.Json;
using GpuRisk.Output;

namespace GpuRisk.Stress;

/// <summary>
/// Writes <c>risk_matrix.json</c> in DESIGN.md's shape:
/// <c>{cells: [{underlying, spotShock, volShock, valueChange, delta, gamma, vega, theta, byUnderlying}],
/// worst: {underlying, spotShock, volShock, valueChange}, method, device, baseValue}</c>; figures are the
/// whole book's, <c>byUnderlying</c> splits them by the positions' underlying. Monte Carlo results add the
/// standard errors (<c>valueChangeStderr</c>, <c>deltaStderr</c>, ... per cell and per underlying, and
/// <c>baseValueStderr</c>).
/// </summary>
public static class RiskMatrixJson
{
    /// <summary>Writes <paramref name="result"/> to <paramref name="path"/> atomically.</summary>
    public static void Write(StressResult result, string path) =>
        AtomicFile.Write(path, stream =>
        {
            using var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
            w.WriteStartObject();
            w.WriteStartArray("cells");
            foreach (StressCell c in result.Cells)
            {
                w.WriteStartObject();
                WriteScenario(w, c);
                WriteFigures(w, c.Total);
                WriteErrors(w, c.Errors);
                w.WriteStartObject("byUnderlying");
                for (int u = 0; u < result.Underlyings.Count; u++)
                {
                    w.WriteStartObject(result.Underlyings[u]);
                    WriteFigures(w, c.ByUnderlying[u]);
                    WriteErrors(w, c.ByUnderlyingErrors?[u]);
                    w.WriteEndObject();
                }
                w.WriteEndObject();
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartObject("worst");
            WriteScenario(w, result.Worst);
            w.WriteNumber("valueChange", result.Worst.Total.ValueChange);
            if (result.Worst.Errors is { } worstErrors) w.WriteNumber("valueChangeStderr", worstErrors.ValueChange);
            w.WriteEndObject();
            w.WriteString("method", result.Method);
            w.WriteString("device", result.Device);
            w.WriteNumber("baseValue", result.BaseValue);
            if (result.BaseValueStdErr is { } baseStdErr) w.WriteNumber("baseValueStderr", baseStdErr);
            w.WriteEndObject();
        });

    private static void WriteScenario(Utf8JsonWriter w, StressCell c)
    {
        w.WriteString("underlying", c.Underlying);
        w.WriteNumber("spotShock", c.SpotShock);
        w.WriteNumber("volShock", c.VolShock);
    }

    private static void WriteErrors(Utf8JsonWriter w, CellErrors? e)
    {
        if (e is null) return;
        w.WriteNumber("valueChangeStderr", e.ValueChange);
        w.WriteNumber("deltaStderr", e.Greeks.Delta);
        w.WriteNumber("gammaStderr", e.Greeks.Gamma);
        w.WriteNumber("vegaStderr", e.Greeks.Vega);
        w.WriteNumber("thetaStderr", e.Greeks.Theta);
    }

    private static void WriteFigures(Utf8JsonWriter w, CellFigures f)
    {
        w.WriteNumber("valueChange", f.ValueChange);
        w.WriteNumber("delta", f.Delta);
        w.WriteNumber("gamma", f.Gamma);
        w.WriteNumber("vega", f.Vega);
        w.WriteNumber("theta", f.Theta);
    }
}
