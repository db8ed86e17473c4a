using System.Globalization;
using GpuRisk.Stress;

namespace GpuRisk.Reporting;

/// <summary>
/// A run's output folder as the report sees it: each stage's JSON file (or why it is not there) and
/// the pictures the stages wrote. Reads only the folder, so the same report works on a single run, a
/// shard or a merged folder, with whichever stages finished.
/// </summary>
internal sealed class RunFolder
{
    /// <summary>File names inside a run folder that the report reads.</summary>
    public const string SummaryJson = "summary.json", VarJson = "var.json", BacktestJson = "backtest.json",
        ThresholdsJson = "thresholds.json", OptimizeProofJson = "optimize_backtest.json";

    private static readonly byte[] PngSignature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    private RunFolder(string path)
    {
        Path = path;
        Summary = StageFile.Read(path, "run", SummaryJson);
        Stress = StageFile.Read(path, "stress", StressOutputs.Json);
        Var = StageFile.Read(path, "var", VarJson);
        Backtest = StageFile.Read(path, "backtest", BacktestJson);
        Thresholds = StageFile.Read(path, "optimize", ThresholdsJson);
        // A run folder keeps the optimizer's proof apart from the backtest stage; optimize --out writes it as backtest.json.
        OptimizeProof = File.Exists(System.IO.Path.Combine(path, OptimizeProofJson)) ? StageFile.Read(path, "optimize", OptimizeProofJson) : Backtest;
    }

    /// <summary>The optimizer's out-of-sample backtest: optimize_backtest.json in a run folder, else backtest.json.</summary>
    public StageFile OptimizeProof { get; }

    /// <summary>The folder.</summary>
    public string Path { get; }

    /// <summary>summary.json: the manifest and the valuation headline.</summary>
    public StageFile Summary { get; }

    /// <summary>risk_matrix.json of the stress stage.</summary>
    public StageFile Stress { get; }

    /// <summary>var.json of the var stage.</summary>
    public StageFile Var { get; }

    /// <summary>backtest.json of the backtest stage (or the optimizer's out-of-sample proof).</summary>
    public StageFile Backtest { get; }

    /// <summary>thresholds.json of the optimize stage.</summary>
    public StageFile Thresholds { get; }

    /// <summary>Reads what <paramref name="path"/> holds; a missing or unreadable file is recorded, never thrown.</summary>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    public static RunFolder Read(string path)
    {
        if (!Directory.Exists(path)) throw new DirectoryNotFoundException($"run folder not found: {path}");
        return new RunFolder(path);
    }

    /// <summary>
    /// The bytes of picture <paramref name="fileName"/>; null when it is not there, cannot be read or is
    /// not a PNG (a half-copied file would show as a broken image).
    /// </summary>
    public byte[]? Picture(string fileName)
    {
        try
        {
            string path = System.IO.Path.Combine(Path, fileName);
            byte[]? bytes = File.Exists(path) ? File.ReadAllBytes(path) : null;
            return bytes is not null && bytes.AsSpan().StartsWith(PngSignature) ? bytes : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>
    /// The horizons that have a P&amp;L histogram picture (<c>pnl_histogram_&lt;horizon&gt;.png</c>), shortest
    /// first; a horizon whose name is not a duration (30m, 8h, 1d, 2w) sorts last, by name.
    /// </summary>
    public IReadOnlyList<string> HistogramHorizons() =>
        Directory.EnumerateFiles(Path, PnlHistogramChart.PngFileName("*"))
            .Select(f => System.IO.Path.GetFileName(f))
            .Select(PnlHistogramChart.HorizonOf)
            .OfType<string>()
            .OrderBy(h => DurationDays(h) ?? double.PositiveInfinity)
            .ThenBy(h => h, StringComparer.Ordinal)
            .ToArray();

    /// <summary>A duration written as the command line writes them (30m, 1h, 1d, 2w) in days; null if it is not one.</summary>
    private static double? DurationDays(string text)
    {
        if (text.Length < 2) return null;
        double perUnit = text[^1] switch { 'm' => 1.0 / 1440, 'h' => 1.0 / 24, 'd' => 1, 'w' => 7, _ => double.NaN };
        return double.IsFinite(perUnit) && double.TryParse(text[..^1], NumberStyles.Float, CultureInfo.InvariantCulture, out double n)
            ? n * perUnit : null;
    }
}
