namespace GpuRisk.Tests.Cli;

/// <summary>
/// One <c>gpurisk run</c> on the embedded default data with few paths, shared by the tests that read its folder
/// (a run takes seconds; the tests only read).
/// </summary>
public sealed class DefaultRunFixture : IDisposable
{
    /// <summary>Paths of the Monte Carlo stage: few, the figures are compared with the same settings elsewhere.</summary>
    public const int Paths = 2000;

    private readonly TempFolder _dir = new();

    public DefaultRunFixture()
    {
        OutDir = _dir["run"];
        Result = CliRunner.Run("run", "--out", OutDir, "--paths", Paths.ToString(System.Globalization.CultureInfo.InvariantCulture), "--device", "cpu");
    }

    /// <summary>The run's output folder.</summary>
    public string OutDir { get; }

    /// <summary>The run's exit code and output.</summary>
    public CliRunner.Result Result { get; }

    /// <summary>A path in a scratch folder next to the run's.</summary>
    public string Scratch(string name) => _dir[name];

    public void Dispose() => _dir.Dispose();
}
