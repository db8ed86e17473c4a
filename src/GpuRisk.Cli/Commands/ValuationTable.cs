using System.Globalization;
using GpuRisk.Pricing;

namespace GpuRisk.Cli.Commands;

/// <summary>A book valuation as a table: positions, then the book total.</summary>
public static class ValuationTable
{
    /// <summary>Prints <paramref name="valuation"/> through <paramref name="terminal"/>.</summary>
    public static void Render(Terminal terminal, BookValuation valuation)
    {
        string title = $"{valuation.Method} valuation on {valuation.Device}"
            + (valuation.Paths > 0 ? $", {valuation.Paths:N0} paths" : "");
        var table = new TextTable(title, new TextTable.Column("id"),
            new("value USD", true), new("stderr", true), new("delta coins", true), new("gamma coins/USD", true),
            new("vega USD/vol pt", true), new("theta USD/day", true));
        foreach (PositionValuation p in valuation.Positions) table.Add(Cells(p.Id, p.Figures, p.GreekErrors));
        table.Add(emphasis: true, Cells("BOOK", valuation.Total, valuation.TotalGreekErrors));
        if (valuation.Paths > 0) terminal.Note("Monte Carlo figures: estimate ± one standard error.");
        terminal.Write(table);
    }

    private static string[] Cells(string id, Valuation v, GreekStdErrs? e) =>
    [
        id, F(v.Value, "N2"), F(v.StdErr, "N2"), F(v.Delta, "N4", e?.Delta), F(v.Gamma, "G4", e?.Gamma),
        F(v.Vega, "N2", e?.Vega), F(v.Theta, "N2", e?.Theta),
    ];

    private static string F(double x, string format, double? stdErr = null) =>
        x.ToString(format, CultureInfo.InvariantCulture)
        + (stdErr is { } e ? " ± " + e.ToString(format == "N4" ? "N4" : format == "G4" ? "G2" : "N2", CultureInfo.InvariantCulture) : "");
}
