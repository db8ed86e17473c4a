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
        foreach (PositionValuation p in valuation.Positions) table.AddRow(Cells(p.Id, p.Figures));
        table.AddRow(Cells("[bold]BOOK[/]", valuation.Total));
        console.Write(table);
    }

    private static string[] Cells(string id, Valuation v) =>
    [
        id, F(v.Value, "N2"), F(v.StdErr, "N2"), F(v.Delta, "N4"), F(v.Gamma, "G4"), F(v.Vega, "N2"), F(v.Theta, "N2"),
    ];

    private static string F(double x, string format) => x.ToString(format, CultureInfo.InvariantCulture);
}
