using System.Text.Json;
using GpuRisk.IO;
using GpuRisk.Output;

namespace GpuRisk.Stress;

/// <summary>
/// Writes <c>risk_matrix.json</c> in DESIGN.md's shape:
/// <c>{cells: [{underlying, spotShock, volShock, valueChange, delta, gamma, vega, theta, byUnderlying}],
/// worst: {underlying, spotShock, volShock, valueChange, volShifts}, method, device, baseValue}</c>; figures are
/// the whole book's, <c>byUnderlying</c> splits them by the positions' underlying. <c>volShifts</c> says what
/// the worst cell's vol shock became per underlying and expiry: <c>{underlying, expiry, daysToExpiry, scaled,
/// applied, floored}</c> (absolute vol; <c>applied</c> differs from <c>scaled</c> where the down-shock floor
/// of <see cref="VolShockScaling.Shift"/> raised it). Monte Carlo results add the standard errors
/// (<c>valueChangeStderr</c>, <c>deltaStderr</c>, ... per cell and per underlying, and <c>baseValueStderr</c>).
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
            WriteWorst(w, result);
            w.WriteString("method", result.Method);
            w.WriteString("device", result.Device);
            w.WriteNumber("baseValue", result.BaseValue);
            if (result.BaseValueStdErr is { } baseStdErr) w.WriteNumber("baseValueStderr", baseStdErr);
            w.WriteEndObject();
        });

    /// <summary>
    /// Writes the <c>worst</c> object of <paramref name="result"/> as a property of the current object (the
    /// run summary repeats it): the cell's scenario, value change (and its stderr for Monte Carlo) and the
    /// vol shifts it applied.
    /// </summary>
    public static void WriteWorst(Utf8JsonWriter w, StressResult result)
    {
        w.WriteStartObject("worst");
        WriteScenario(w, result.Worst);
        w.WriteNumber("valueChange", result.Worst.Total.ValueChange);
        if (result.Worst.Errors is { } errors) w.WriteNumber("valueChangeStderr", errors.ValueChange);
        w.WriteStartArray("volShifts");
        foreach (ExpiryVolShift s in result.WorstVolShifts)
        {
            w.WriteStartObject();
            w.WriteString("underlying", s.Underlying);
            w.WriteString("expiry", IsoInstant.Format(s.Expiry));
            w.WriteNumber("daysToExpiry", s.DaysToExpiry);
            w.WriteNumber("scaled", s.Shift.Scaled);
            w.WriteNumber("applied", s.Shift.Applied);
            w.WriteBoolean("floored", s.Shift.Floored);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

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
