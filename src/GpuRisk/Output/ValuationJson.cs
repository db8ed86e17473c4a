using System.Text.Json;
using GpuRisk.Pricing;

namespace GpuRisk.Output;

/// <summary>
/// Writes a <see cref="BookValuation"/> in DESIGN.md's <c>price --out</c> shape:
/// <c>{ device, method, paths, positions: [{ id, value, stderr, delta, gamma, vega, theta }], book: {...} }</c>,
/// with each position's underlying and, for Monte Carlo, the Greeks' standard errors.
/// </summary>
public static class ValuationJson
{
    /// <summary>Writes <paramref name="valuation"/> to <paramref name="path"/> atomically.</summary>
    public static void Write(string path, BookValuation valuation) =>
        AtomicFile.Write(path, stream => Write(stream, valuation));

    /// <summary>Writes <paramref name="valuation"/> as indented JSON to <paramref name="stream"/>.</summary>
    public static void Write(Stream stream, BookValuation valuation)
    {
        using var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        w.WriteStartObject();
        w.WriteString("device", valuation.Device);
        w.WriteString("method", valuation.Method);
        w.WriteNumber("paths", valuation.Paths);
        w.WriteStartArray("positions");
        foreach (PositionValuation p in valuation.Positions)
        {
            w.WriteStartObject();
            w.WriteString("id", p.Id);
            WriteFigures(w, p.Figures, p.GreekErrors);
            w.WriteString("underlying", p.Underlying);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WritePropertyName("book");
        w.WriteStartObject();
        WriteFigures(w, valuation.Total, valuation.TotalGreekErrors);
        w.WriteEndObject();
        w.WriteEndObject();
    }

    /// <summary>
    /// The six figures of a valuation as properties of the current object, then the Greeks' standard
    /// errors (deltaStderr, ...) when they are Monte Carlo estimates.
    /// </summary>
    public static void WriteFigures(Utf8JsonWriter w, Valuation v, GreekStdErrs? errors)
    {
        w.WriteNumber("value", v.Value);
        w.WriteNumber("stderr", v.StdErr);
        w.WriteNumber("delta", v.Delta);
        w.WriteNumber("gamma", v.Gamma);
        w.WriteNumber("vega", v.Vega);
        w.WriteNumber("theta", v.Theta);
        if (errors is { } e)
        {
            w.WriteNumber("deltaStderr", e.Delta);
            w.WriteNumber("gammaStderr", e.Gamma);
            w.WriteNumber("vegaStderr", e.Vega);
            w.WriteNumber("thetaStderr", e.Theta);
        }
    }
}
