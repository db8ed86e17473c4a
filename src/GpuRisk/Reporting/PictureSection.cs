namespace GpuRisk.Reporting;

/// <summary>A section that shows one picture a stage wrote (the heat map, the frontier), or why it is not there.</summary>
internal static class PictureSection
{
    /// <summary>
    /// Embeds <paramref name="fileName"/>; when it is missing, says whether <paramref name="stage"/> did
    /// not run at all or ran without writing the picture.
    /// </summary>
    public static void Write(RunFolder run, ReportHtml html, StageFile stage, string fileName, string caption)
    {
        if (run.Picture(fileName) is { } png)
        {
            html.Picture(png, caption);
        }
        else if (html.Has(stage))
        {
            html.Note("not-run", $"{fileName} is not in this folder (or is not a PNG).");
        }
    }
}
