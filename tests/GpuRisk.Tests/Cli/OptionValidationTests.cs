namespace GpuRisk.Tests.Cli;

/// <summary>
/// Every command-line value is checked before any work: a bad one exits 2 with one message that names the
/// option (DESIGN.md: "for a command-line value, the option"), never an exception.
/// </summary>
public sealed class OptionValidationTests
{
    public static TheoryData<string, string[]> Cases { get; } = new()
    {
        { "--paths", ["price", "--method", "mc", "--paths", "0"] },
        { "--paths", ["price", "--method", "mc", "--paths", "1"] },
        { "--paths", ["price", "--method", "mc", "--paths", "abc"] },
        { "--paths", ["price", "--method", "mc", "--paths", "1e6"] },
        { "--paths", ["run", "--paths", "99999999999999999999"] },
        { "--seed", ["price", "--method", "mc", "--seed", "-1"] },
        { "--seed", ["run", "--seed", "x"] },
        { "--steps-per-day", ["price", "--method", "mc", "--steps-per-day", "0"] },
        { "--steps-per-day", ["price", "--method", "mc", "--steps-per-day", "1441"] },
        { "--steps-per-day", ["run", "--steps-per-day", "1.5"] },
        { "--device", ["price", "--device", "tpu"] },
        { "--device", ["run", "--device", "CUDA "] },
        { "--precision", ["price", "--method", "mc", "--precision", "half"] },
        { "--method", ["price", "--method", "quasi"] },
        { "--method", ["stress", "--method", "MC"] },
        { "--grid", ["stress", "--grid", "spot=0;colour=1"] },
        { "--grid", ["stress", "--grid", "spot=-0.1,NaN"] },
        { "--grid", ["stress", "--grid", "spot=-1.5"] },
        { "--grid", ["stress", "--grid", "vol=0.1"] },
        { "--out", ["price", "--out", ""] },
        { "--out", ["price", "--out", "{dir}"] },
        { "--out", ["stress", "--out", "{file}"] },
        { "--out", ["run", "--out", "{file}"] },
        { "--config", ["run", "--config", "{dir}"] },
        { "--config", ["run", "--config", "{dir}/missing.json"] },
        { "--book", ["price", "--book", "{dir}"] },
        { "--market", ["stress", "--market", "{dir}/missing.json"] },
        { "--shard", ["price", "--shard", "0/2", "--out", "{dir}/s"] },
        { "--shards", ["price", "--method", "analytic", "--shards", "2", "--out", "{dir}/s"] },
        { "--shard", ["price", "--method", "mc", "--shard", "2/2", "--out", "{dir}/s"] },
        { "--out", ["price", "--method", "mc", "--shard", "0/2"] },
        { "--out", ["price", "--method", "mc", "--shard", "0/2", "--out", "{file}"] },
        { "--steps", ["bench", "--steps", "0"] },
        { "--steps", ["bench", "--steps", "abc"] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_bad_value_exits_2_naming_the_option(string option, string[] args)
    {
        using var dir = new TempFolder();
        string file = dir.File("existing.txt", "not a folder");
        var line = args.Select(a => a.Replace("{dir}", dir.Path).Replace("{file}", file)).ToList();
        // price and stress get valid inputs unless the case replaces them, so the option is the only fault.
        if (line[0] is "price" or "stress")
        {
            if (!line.Contains("--book")) line.AddRange(["--book", dir.Embedded("book.csv")]);
            if (!line.Contains("--market")) line.AddRange(["--market", dir.Embedded("market.json")]);
        }

        var result = CliRunner.Run(line.ToArray());

        Assert.True(result.ExitCode == 2, $"exit {result.ExitCode}: {result.Stderr}");
        string[] errors = result.Stderr.Split('\n').Where(l => l.StartsWith("error:", StringComparison.Ordinal)).ToArray();
        Assert.Single(errors);
        Assert.Contains(option, errors[0]);
    }

    [Fact]
    public void Good_values_are_accepted_at_their_bounds()
    {
        using var dir = new TempFolder();
        var result = CliRunner.Run("price", "--book", dir.Embedded("book.csv"), "--market", dir.Embedded("market.json"),
            "--paths", "2", "--seed", "18446744073709551615", "--steps-per-day", "1440", "--device", "cpu", "--precision", "double");
        // Analytic pricing ignores the simulation options, with a warning that names them.
        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Contains("warning: --paths, --seed, --steps-per-day, --precision ignored", result.Stderr);
    }
}
