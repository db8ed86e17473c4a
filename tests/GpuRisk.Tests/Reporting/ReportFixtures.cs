using System.Text.Json;
using GpuRisk.Reporting;
using MathNet.Numerics.Distributions;

namespace GpuRisk.Tests.Reporting;

/// <summary>
/// Run folders for the report tests, built from the JSON fixtures in <c>Fixtures/</c> (see its
/// README) and pictures drawn with the report's own chart functions.
/// </summary>
internal static class ReportFixtures
{
    /// <summary>The stage JSON files of a full run.</summary>
    public static readonly string[] JsonFiles = ["summary.json", "risk_matrix.json", "var.json", "backtest.json", "thresholds.json"];

    /// <summary>The fixture folder in the source tree (found from the test binaries upwards, so no copy step is needed).</summary>
    public static string Folder { get; } = FindFolder();

    /// <summary>Copies the fixture files <paramref name="names"/> into <paramref name="folder"/>.</summary>
    public static void Copy(string folder, params string[] names)
    {
        foreach (string name in names) File.Copy(Path.Combine(Folder, name), Path.Combine(folder, name), overwrite: true);
    }

    /// <summary>
    /// Fills <paramref name="folder"/> as a run with every stage would: the JSON files, the heat map,
    /// a P&amp;L histogram per var.json horizon and the frontier.
    /// </summary>
    public static void FullRun(string folder)
    {
        Copy(folder, [.. JsonFiles, "risk_matrix.png"]);
        using var varJson = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(Folder, "var.json")));
        foreach (JsonElement h in varJson.RootElement.GetProperty("horizons").EnumerateArray())
        {
            VarMark[] marks = h.GetProperty("levels").EnumerateArray()
                .Select(l => new VarMark(l.GetProperty("level").GetDouble(), l.GetProperty("var").GetDouble(), l.GetProperty("es").GetDouble()))
                .ToArray();
            JsonElement pnl = h.GetProperty("pnl");
            PnlHistogramChart.Write(Samples(pnl.GetProperty("mean").GetDouble(), pnl.GetProperty("sd").GetDouble()),
                h.GetProperty("horizon").GetString()!, marks, folder);
        }
        (FrontierPoint[] frontier, PolicyMarker[] policies) = Frontier();
        FrontierChart.Write(frontier, policies, folder);
    }

    /// <summary>
    /// 100,000 P&amp;L samples, USD, of the fat-tailed law var.json's fixture was made from (Student t with
    /// 4 degrees of freedom, scaled to sd); seeded, so every run draws the same picture.
    /// </summary>
    public static double[] Samples(double mean, double sd)
    {
        var t = new StudentT(0, 1, 4, new Random(1234));
        // A t with 4 degrees of freedom has variance 2: divide by sqrt(2) for unit sd.
        return Enumerable.Range(0, 100_000).Select(_ => mean + sd * t.Sample() / Math.Sqrt(2)).ToArray();
    }

    /// <summary>
    /// A DP frontier (risk aversions around thresholds.json's 2e-6) and the trading policies of
    /// backtest.json turned into per-day figures: cost over 7 days / 7, error sd / sqrt(7).
    /// </summary>
    public static (FrontierPoint[] Frontier, PolicyMarker[] Policies) Frontier()
    {
        FrontierPoint[] frontier =
        [
            new(2.5e-7, 118.0, 19_400), new(5e-7, 176.0, 15_600), new(1e-6, 262.0, 12_900), new(2e-6, 371.0, 11_150),
            new(4e-6, 528.0, 9_870), new(8e-6, 761.0, 8_930), new(1.6e-5, 1_102.0, 8_240),
        ];
        using var backtest = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(Folder, "backtest.json")));
        double days = 7, root = Math.Sqrt(days);
        PolicyMarker[] policies = backtest.RootElement.GetProperty("policies").EnumerateArray()
            .Select(p => (Name: p.GetProperty("policy").GetString()!, Cost: p.GetProperty("cost"), Error: p.GetProperty("hedgeError")))
            .Where(p => p.Name is not "none" && !p.Name.StartsWith("cppi", StringComparison.Ordinal))
            .Select(p => new PolicyMarker(p.Name, p.Cost.GetProperty("mean").GetDouble() / days, p.Error.GetProperty("sd").GetDouble() / root,
                p.Cost.GetProperty("meanStderr").GetDouble() / days, p.Error.GetProperty("sdStderr").GetDouble() / root))
            .ToArray();
        return (frontier, policies);
    }

    private static string FindFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "tests", "GpuRisk.Tests", "Reporting", "Fixtures");
            if (Directory.Exists(candidate)) return candidate;
        }
        throw new DirectoryNotFoundException($"tests/GpuRisk.Tests/Reporting/Fixtures not found above {AppContext.BaseDirectory}");
    }
}
