using System.Net;
using System.Text;

namespace GpuRisk.Reporting;

/// <summary>
/// An HTML table of the report: a header naming each column's unit, text columns left-aligned and
/// number columns right-aligned (tabular digits, so decimal places line up). Cells are plain text and
/// are escaped here.
/// </summary>
internal sealed class ReportTable
{
    private readonly (string Header, bool Numeric)[] _columns;
    private readonly List<(string[] Cells, string? Class)> _rows = [];

    /// <summary>A table whose columns are <paramref name="columns"/>: (header with unit, right-aligned number column).</summary>
    public ReportTable(params (string Header, bool Numeric)[] columns) => _columns = columns;

    /// <summary>Adds a row; <paramref name="cells"/> go into the columns in order.</summary>
    public ReportTable Row(params string[] cells) => Add(cells, null);

    /// <summary>Adds a row marked with CSS class <paramref name="cssClass"/> (a total, a warning).</summary>
    public ReportTable MarkedRow(string cssClass, params string[] cells) => Add(cells, cssClass);

    /// <summary>
    /// Whether the table is only as wide as its content (a list of figures, timings) rather than the
    /// page: a value far from its label is read slower.
    /// </summary>
    public bool Compact { get; init; }

    /// <summary>Whether the table has no rows.</summary>
    public bool IsEmpty => _rows.Count == 0;

    /// <summary>The table as HTML.</summary>
    public void WriteTo(StringBuilder html)
    {
        html.Append(Compact ? "<table class=\"compact\"><thead><tr>" : "<table><thead><tr>");
        foreach ((string header, bool numeric) in _columns)
        {
            html.Append(numeric ? "<th class=\"num\">" : "<th>").Append(WebUtility.HtmlEncode(header)).Append("</th>");
        }
        html.Append("</tr></thead><tbody>\n");
        foreach ((string[] cells, string? cssClass) in _rows)
        {
            html.Append(cssClass is null ? "<tr>" : $"<tr class=\"{cssClass}\">");
            for (int i = 0; i < _columns.Length; i++)
            {
                string text = i < cells.Length ? cells[i] : ReportFormat.Missing;
                html.Append(_columns[i].Numeric ? "<td class=\"num\">" : "<td>").Append(WebUtility.HtmlEncode(text)).Append("</td>");
            }
            html.Append("</tr>\n");
        }
        html.Append("</tbody></table>\n");
    }

    private ReportTable Add(string[] cells, string? cssClass)
    {
        _rows.Add((cells, cssClass));
        return this;
    }
}
