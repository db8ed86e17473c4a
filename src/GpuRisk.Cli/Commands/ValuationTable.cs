using System.Globalization;
using GpuRisk.Pricing;
using Spectre.Console;

namespace GpuRisk.Cli.Commands;

/// <summary>Renders a book valuation as a terminal table, positions then the book total.</summary>
public static class ValuationTable
{
    /// <summary>Writes <paramref name="valuation"/> to <paramref name="console"/>.</summary>
    public static void Render(IAnsiConsole console, BookValuation valuation)
    {
        var table = new Table().Title($"{valuation.Method} valuation on {valuation.Device}"
            + (valuation.Paths > 0 ? $", {valuation.Paths:N0} paths" : ""));
        table.AddColumn("id");
        foreach (string c in new[] { "value USD", "stderr", "delta coins", "gamma coins/USD", "vega USD/vol pt", "theta USD/day" })
        {
            table.AddColumn(new TableColumn(c).RightAligned());
        }
        foreach (PositionValuation p in valuation.Positions) table.AddRow(Cells(Markup.Escape(p.Id), p.Figures, p.GreekErrors));
        table.AddRow(Cells("[bold]BOOK[/]", valuation.Total, valuation.TotalGreekErrors));
        if (valuation.Paths > 0) console.MarkupLine("[grey]Monte Carlo figures: estimate ± one standard error.[/]");
        console.Write(table);
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
