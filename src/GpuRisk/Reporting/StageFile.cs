using System.Text.Json;

namespace GpuRisk.Reporting;

/// <summary>
/// One stage's JSON file in a run folder: its parsed root when it was there and parsed, else why not.
/// </summary>
/// <param name="Stage">The stage that writes it ("var", "backtest", ...), as a reader names it.</param>
/// <param name="FileName">The file's name inside the run folder (var.json, ...).</param>
/// <param name="Root">The parsed document; null when the file is missing or unreadable.</param>
/// <param name="Problem">Why an existing file could not be read; null when it was read or is missing.</param>
internal sealed record StageFile(string Stage, string FileName, JsonElement? Root, string? Problem)
{
    /// <summary>Reads <paramref name="fileName"/> from <paramref name="folder"/>; never throws.</summary>
    public static StageFile Read(string folder, string stage, string fileName)
    {
        string path = Path.Combine(folder, fileName);
        if (!File.Exists(path)) return new StageFile(stage, fileName, null, null);
        try
        {
            // Clone detaches the root from the document, so nothing needs disposing later.
            using JsonDocument doc = JsonDocument.Parse(File.ReadAllBytes(path));
            return new StageFile(stage, fileName, doc.RootElement.Clone(), null);
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException)
        {
            return new StageFile(stage, fileName, null, e.Message);
        }
    }
}
