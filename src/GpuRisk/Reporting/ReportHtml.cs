using System.Net;
using System.Text;

namespace GpuRisk.Reporting;

/// <summary>
/// The body of the report as it is built: sections with stable ids, notes for what a stage did not
/// write, tables and inline pictures. Every text is escaped here; pictures become base64 data URIs, so
/// the page needs nothing beside itself.
/// </summary>
internal sealed class ReportHtml
{
    private readonly StringBuilder _html = new();

    /// <summary>A top-level section <c>&lt;section id=...&gt;&lt;h2&gt;</c> around what <paramref name="body"/> writes.</summary>
    public void Section(string id, string title, Action body) => Wrap(id, "h2", title, body);

    /// <summary>A section inside a section (<c>h3</c>).</summary>
    public void Subsection(string id, string title, Action body) => Wrap(id, "h3", title, body);

    /// <summary>
    /// True when <paramref name="file"/> was read; otherwise writes the note a reader needs (the stage
    /// did not run, or its file is unreadable) and returns false.
    /// </summary>
    public bool Has(StageFile file)
    {
        if (file.Root is not null) return true;
        if (file.Problem is { } problem)
        {
            Note("problem", $"{file.FileName} is in this folder but could not be read: {problem}");
        }
        else
        {
            NotRun(file.Stage, file.FileName);
        }
        return false;
    }

    /// <summary>The note for a stage that did not run (its <paramref name="fileName"/> is missing).</summary>
    private void NotRun(string stage, string fileName) =>
        Note("not-run", $"The {stage} stage did not run: {fileName} is not in this folder.");

    /// <summary>A short paragraph; <paramref name="cssClass"/> marks notes and warnings.</summary>
    public void Note(string cssClass, string text) =>
        _html.Append("<p class=\"").Append(cssClass).Append("\">").Append(WebUtility.HtmlEncode(text)).Append("</p>\n");

    /// <summary>The table <paramref name="table"/>.</summary>
    public void Table(ReportTable table) => table.WriteTo(_html);

    /// <summary>A row of figures that wraps on narrow screens.</summary>
    public void Figures(Action body)
    {
        _html.Append("<div class=\"figures\">\n");
        body();
        _html.Append("</div>\n");
    }

    /// <summary>A PNG embedded as a data URI, with its caption.</summary>
    public void Picture(byte[] png, string caption)
    {
        string text = WebUtility.HtmlEncode(caption);
        _html.Append("<figure><img alt=\"").Append(text).Append("\" src=\"data:image/png;base64,")
            .Append(Convert.ToBase64String(png)).Append("\"><figcaption>").Append(text).Append("</figcaption></figure>\n");
    }

    /// <summary>The HTML written so far.</summary>
    public override string ToString() => _html.ToString();

    private void Wrap(string id, string heading, string title, Action body)
    {
        _html.Append("<section id=\"").Append(id).Append("\">\n<").Append(heading).Append('>')
            .Append(WebUtility.HtmlEncode(title)).Append("</").Append(heading).Append(">\n");
        body();
        _html.Append("</section>\n");
    }
}
