using GpuRisk.Pricing;
using Parquet.Serialization;

namespace GpuRisk.Output;

/// <summary>
/// The <c>positions</c> Parquet table of a run: one row per position and pricing method
/// (long format, so a new method adds rows, not columns).
/// </summary>
public static class PositionsTable
{
    /// <summary>One row of the table; property names are the column names.</summary>
    public sealed class Row
    {
        public string Id { get; set; } = "";
        public string Underlying { get; set; } = "";
        public string Method { get; set; } = "";
        public double Value { get; set; }
        public double StdErr { get; set; }
        public double Delta { get; set; }
        public double Gamma { get; set; }
        public double Vega { get; set; }
        public double Theta { get; set; }
        public double? DeltaStdErr { get; set; }
        public double? GammaStdErr { get; set; }
        public double? VegaStdErr { get; set; }
        public double? ThetaStdErr { get; set; }
    }

    /// <summary>Writes every position of every valuation, then a "BOOK" row per valuation, atomically.</summary>
    public static Task WriteAsync(string path, IEnumerable<BookValuation> valuations)
    {
        var rows = new List<Row>();
        foreach (BookValuation v in valuations)
        {
            foreach (PositionValuation p in v.Positions) rows.Add(ToRow(p.Id, p.Underlying, v.Method, p.Figures, p.GreekErrors));
            rows.Add(ToRow("BOOK", "ALL", v.Method, v.Total, v.TotalGreekErrors));
        }
        return AtomicFile.WriteAsync(path, stream => ParquetSerializer.SerializeAsync(rows, stream));
    }

    private static Row ToRow(string id, string underlying, string method, Valuation f, GreekStdErrs? e) => new()
    {
        Id = id, Underlying = underlying, Method = method, Value = f.Value, StdErr = f.StdErr,
        Delta = f.Delta, Gamma = f.Gamma, Vega = f.Vega, Theta = f.Theta,
        DeltaStdErr = e?.Delta, GammaStdErr = e?.Gamma, VegaStdErr = e?.Vega, ThetaStdErr = e?.Theta,
    };
}
