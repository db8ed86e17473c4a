namespace GpuRisk.Tests.Cli;

/// <summary>Every rule of the nightly config, run through <c>gpurisk run --config</c>: exit code 2, file, JSON path and field named.</summary>
public sealed class RunConfigBadInputTests
{
    public static TheoryData<string, string, string> Cases { get; } = new()
    {
        { "{ \"device\": \"tpu\" }", "$.device", "device" },
        { "{ \"precision\": \"half\" }", "$.precision", "precision" },
        { "{ \"paths\": 1 }", "$.paths", "paths" },
        { "{ \"paths\": 2.5 }", "$.paths", "paths" },
        { "{ \"stepsPerDay\": 0 }", "$.stepsPerDay", "stepsPerDay" },
        { "{ \"stepsPerDay\": 1441 }", "$.stepsPerDay", "stepsPerDay" },
        { "{ \"seed\": -1 }", "$.seed", "seed" },
        { "{ \"book\": \"\" }", "$.book", "book" },
        { "{ \"market\": 3 }", "$.market", "market" },
        { "{ \"out\": null }", "$.out", "out" },
        { "{ \"stressGrid\": { \"spot\": [] } }", "$.stressGrid", "spot" },
        { "{ \"stressGrid\": { \"preset\": \"cme\" } }", "$.stressGrid", "preset" },
        { "[1, 2]", "$", "json" },
        { "{ \"paths\": ", "line 1", "json" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_bad_config_is_bad_input_naming_file_row_and_field(string json, string row, string field)
    {
        using var dir = new TempFolder();
        string config = dir.File("nightly.json", json);

        var result = CliRunner.Run("run", "--config", config);

        Assert.True(result.ExitCode == 2, $"exit {result.ExitCode}: {result.Stderr}");
        Assert.Contains(config, result.Stderr);
        Assert.Contains($"row {row}", result.Stderr);
        Assert.Contains($"'{field}'", result.Stderr);
    }
}
