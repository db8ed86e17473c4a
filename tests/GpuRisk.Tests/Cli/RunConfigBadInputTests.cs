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
        { "{ \"paths\": ", "$.paths", "json" },
        { "{ \"paths\": NaN }", "$.paths", "json" },
        { "{ \"paths\": 1000, \"paths\": 2000 }", "$.paths", "paths" },
        { "{ \"paths\": 1e400 }", "$.paths", "paths" },
        { "{ \"seed\": " + new string('[', 80) + " }", "$.seed" + string.Concat(Enumerable.Repeat("[0]", 63)), "json" },
        { "{ \"stressGrid\": { \"spot\": [1e400] } }", "$.stressGrid", "spot" },
        { "{ \"stressGrid\": { \"spot\": [0], \"spot\": [0.1] } }", "$.stressGrid.spot", "spot" },
        { "{ \"stressGrid\": { \"preset\": \"deribit\", \"spot\": [0.1] } }", "$.stressGrid", "preset" },
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

    [Fact]
    public void A_config_with_a_bom_crlf_line_ends_and_comments_reads()
    {
        using var dir = new TempFolder();
        string config = dir["nightly.json"];
        File.WriteAllBytes(config, [.. System.Text.Encoding.UTF8.Preamble,
            .. System.Text.Encoding.UTF8.GetBytes("{\r\n  // few paths\r\n  \"paths\": 1000,\r\n  \"seed\": 7\r\n}\r\n")]);

        GpuRisk.Config.RunConfig c = GpuRisk.Config.RunConfigReader.Read(GpuRisk.IO.InputFile.FromPath(config));

        Assert.Equal((1000L, 7UL), (c.Paths, c.Seed));
    }

    [Fact]
    public void A_config_whose_out_is_a_file_names_the_field()
    {
        using var dir = new TempFolder();
        string file = dir.File("taken.txt", "not a folder");
        string config = dir.File("nightly.json", $"{{ \"out\": {System.Text.Json.JsonSerializer.Serialize(file)} }}");

        var result = CliRunner.Run("run", "--config", config);

        Assert.True(result.ExitCode == 2, $"exit {result.ExitCode}: {result.Stderr}");
        Assert.Contains($"{config}: row $.out, field 'out'", result.Stderr);
    }
}
