namespace GpuRisk.Reporting;

/// <summary>
/// The report's stylesheet, inline so the page opens offline: system fonts only, one readable column at
/// most 1240 px wide, numbers right-aligned in tabular digits, pictures scaled down (never up) to fit,
/// so nothing scrolls sideways at 1280 px.
/// </summary>
internal static class ReportStyle
{
    /// <summary>The CSS.</summary>
    public const string Css = """
        * { box-sizing: border-box; }
        body { margin: 0; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
               color: #1d2433; background: #f3f5f8; }
        header { background: #1d2a44; color: #fff; padding: 16px 28px 12px; }
        header h1 { margin: 0 0 2px; font-size: 22px; font-weight: 600; }
        header p { margin: 2px 0; color: #c9d3e6; }
        .stage { display: inline-block; margin: 4px 6px 0 0; padding: 1px 8px; border-radius: 10px; font-size: 12px; }
        .stage.ran { background: #2e7d4f; color: #fff; }
        .stage.missing { background: #4a5568; color: #cbd5e0; }
        nav { background: #fff; border-bottom: 1px solid #dde3ec; padding: 6px 28px; font-size: 13px; }
        nav a { color: #1d4ed8; text-decoration: none; margin-right: 16px; }
        main { max-width: 1240px; margin: 0 auto; padding: 4px 20px 40px; }
        section { background: #fff; border: 1px solid #dde3ec; border-radius: 6px; padding: 12px 18px; margin: 14px 0; }
        section section { border: 0; border-radius: 0; padding: 0; margin: 16px 0 0; }
        h2 { font-size: 18px; margin: 0 0 8px; padding-bottom: 6px; border-bottom: 1px solid #e3e8ef; }
        h3 { font-size: 15px; margin: 0 0 4px; color: #33415c; }
        table { border-collapse: collapse; width: 100%; margin: 6px 0 10px; font-size: 13px; }
        th, td { padding: 4px 8px; border-bottom: 1px solid #edf0f5; text-align: left; vertical-align: top; overflow-wrap: break-word; }
        table.compact { width: auto; min-width: 50%; }
        th { background: #f0f3f8; font-weight: 600; color: #33415c; }
        .num { text-align: right; font-variant-numeric: tabular-nums; }
        td.num { white-space: nowrap; }
        tr.total td { font-weight: 600; border-top: 2px solid #c5cedb; }
        tr.warn td { background: #fdecea; }
        tr.ok td { background: #eaf6ee; }
        p.caption { color: #4b5563; font-size: 12.5px; margin: 2px 0 6px; }
        p.warn { color: #8a1c1c; font-weight: 600; }
        p.not-run { color: #5b6473; font-style: italic; background: #f6f7f9; border-left: 3px solid #c5cedb; padding: 6px 10px; margin: 6px 0; }
        p.problem { color: #8a1c1c; background: #fdecea; border-left: 3px solid #d9534f; padding: 6px 10px; margin: 6px 0; }
        .figures { display: flex; flex-wrap: wrap; gap: 14px; }
        .figures figure { flex: 1 1 460px; }
        figure { margin: 6px 0; min-width: 0; }
        figure img { display: block; max-width: 100%; height: auto; border: 1px solid #e3e8ef; }
        figcaption { font-size: 12px; color: #4b5563; margin-top: 2px; }
        """;
}
