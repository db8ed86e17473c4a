using System.Text.Json;

namespace GpuRisk.Tests.Cli;

/// <summary>
/// Shards and merge with real processes, as a Kubernetes Indexed Job or a Slurm array runs them: N shards merged equal
/// one run over the same paths, bit for bit (the Monte Carlo valuation included); the shard index may come from the
/// scheduler's environment; merge refuses shards that do not belong together; a rerun into a finished folder needs --force.
/// </summary>
public sealed class ShardMergeTests
{
    // The path stages but the optimizer, 3 blocks of 4096 paths and a partial one: with 4 shards every shard has work, uneven.
    private const string Config = """
        { "book": "book.csv", "market": "market.json", "device": "cpu", "paths": 13000, "seed": 77,
          "stages": ["mc", "var", "backtest"], "horizons": ["1d", "3d"], "levels": [0.99, 0.995],
          "policies": ["band:5%", "time:8h", "cppi:underlying=ETH,floor=0.8,m=3"], "backtestHorizon": "2d", "check": "4h" }
        """;

    // Two expiries and a perp on each underlying: small correction tables, so each process starts fast.
    private const string Book = """
        id,underlying,kind,strike,expiry,quantity,entryPrice
        b1,BTC,call,100000,2026-12-04T08:00:00Z,-10,
        b2,BTC,put,85000,2026-12-25T08:00:00Z,15,
        b3,BTC,perp,,,4,
        e1,ETH,put,3000,2026-12-04T08:00:00Z,-200,
        e2,ETH,perp,,,50,
        """;

    private static TempFolder Prepared()
    {
        var dir = new TempFolder();
        dir.File("book.csv", Book);
        dir.Embedded("market.json");
        dir.File("c.json", Config);
        return dir;
    }

    [Fact]
    public void Four_shard_processes_merged_equal_one_process_exactly()
    {
        using TempFolder dir = Prepared();
        CliProcess whole = CliProcess.Start(dir.Path, "run", "--config", "c.json", "--out", "whole");
        CliProcess[] shards = [.. Enumerable.Range(0, 4).Select(i => CliProcess.Start(dir.Path, "run", "--config", "c.json", "--shard", $"{i}/4", "--out", $"s{i}"))];
        foreach (CliProcess p in shards.Append(whole))
        {
            CliRunner.Result r = p.WaitForExit();
            Assert.True(r.ExitCode == 0, r.Stderr);
            p.Dispose();
        }
        CliRunner.Result merge = CliProcess.Run(dir.Path, "merge", "s2", "s0", "s3", "s1", "--out", "merged", "--device", "cpu");
        Assert.True(merge.ExitCode == 0, merge.Stderr);

        foreach (string file in new[] { "price.json", "positions.parquet", "var.json", "backtest.json" })
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(dir["whole"], file)), File.ReadAllBytes(Path.Combine(dir["merged"], file)));
        }
        using JsonDocument var = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir["merged"], "var.json")));
        Assert.Equal(13000, var.RootElement.GetProperty("paths").GetInt64());
        Assert.True(File.Exists(Path.Combine(dir["merged"], "report.html")));
        // The merge valued the book from the shards' sums: the Monte Carlo headline is the whole run's, stderrs included.
        using JsonDocument wholeSummary = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir["whole"], "summary.json")));
        using JsonDocument mergedSummary = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir["merged"], "summary.json")));
        Assert.Equal(wholeSummary.RootElement.GetProperty("valuation").GetRawText(), mergedSummary.RootElement.GetProperty("valuation").GetRawText());
        Assert.True(mergedSummary.RootElement.GetProperty("valuation").GetProperty("mc").GetProperty("stderr").GetDouble() > 0);
        Assert.True(File.Exists(Path.Combine(dir["s1"], "mc.state")));
        Assert.False(File.Exists(Path.Combine(dir["s1"], "price.json")));
    }

    [Fact]
    public void Price_shard_processes_merged_equal_the_whole_price_byte_for_byte()
    {
        using TempFolder dir = Prepared();
        // 10,000 paths: two whole blocks of 4,096 and a partial one, one per shard.
        string[] price = ["price", "--book", "book.csv", "--market", "market.json", "--method", "mc", "--paths", "10000", "--seed", "5", "--device", "cpu"];
        var processes = new List<CliProcess>
        {
            CliProcess.Start(dir.Path, [.. price, "--out", "whole.json"]),
            CliProcess.Start(dir.Path, [.. price, "--shard", "0/3", "--out", "p0"]),
            CliProcess.Start(dir.Path, new Dictionary<string, string> { ["JOB_COMPLETION_INDEX"] = "1" }, [.. price, "--shards", "3", "--out", "p1"]),
            CliProcess.Start(dir.Path, [.. price, "--shard", "2/3", "--out", "p2"]),
        };
        foreach (CliProcess p in processes)
        {
            CliRunner.Result r = p.WaitForExit();
            Assert.True(r.ExitCode == 0, r.Stderr);
            p.Dispose();
        }
        CliRunner.Result merge = CliProcess.Run(dir.Path, "merge", "p1", "p2", "p0", "--out", "merged", "--device", "cpu");
        Assert.True(merge.ExitCode == 0, merge.Stderr);

        Assert.Equal(File.ReadAllBytes(dir["whole.json"]), File.ReadAllBytes(Path.Combine(dir["merged"], "price.json")));
        foreach (string file in new[] { "summary.json", "report.html", "positions.parquet" }) Assert.True(File.Exists(Path.Combine(dir["merged"], file)), file);
        using JsonDocument summary = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir["merged"], "summary.json")));
        Assert.Equal(3, summary.RootElement.GetProperty("mergedShards").GetInt32());
        Assert.Equal(10000, summary.RootElement.GetProperty("valuation").GetProperty("mc").GetProperty("paths").GetInt64());
    }

    [Fact]
    public void The_shard_index_from_the_environment_equals_the_option()
    {
        using TempFolder dir = Prepared();
        using CliProcess kubernetes = CliProcess.Start(dir.Path, new Dictionary<string, string> { ["JOB_COMPLETION_INDEX"] = "2" },
            "run", "--config", "c.json", "--shards", "4", "--out", "k");
        using CliProcess slurm = CliProcess.Start(dir.Path, new Dictionary<string, string> { ["SLURM_ARRAY_TASK_ID"] = "2", ["SLURM_ARRAY_TASK_COUNT"] = "4" },
            "run", "--config", "c.json", "--out", "s");
        using CliProcess option = CliProcess.Start(dir.Path, "run", "--config", "c.json", "--shard", "2/4", "--out", "o");
        foreach (CliProcess p in new[] { kubernetes, slurm, option }) Assert.Equal(0, p.WaitForExit().ExitCode);

        foreach (string state in new[] { "mc.state", "var.state", "backtest.state" })
        {
            byte[] expected = File.ReadAllBytes(Path.Combine(dir["o"], state));
            Assert.Equal(expected, File.ReadAllBytes(Path.Combine(dir["k"], state)));
            Assert.Equal(expected, File.ReadAllBytes(Path.Combine(dir["s"], state)));
        }
        using JsonDocument manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir["k"], "shard.json")));
        Assert.Equal((2, 4), (manifest.RootElement.GetProperty("shard").GetInt32(), manifest.RootElement.GetProperty("shards").GetInt32()));
    }

    [Fact]
    public void Merge_refuses_shards_that_do_not_belong_together()
    {
        using TempFolder dir = Prepared();
        dir.File("seed.json", Config.Replace("\"seed\": 77", "\"seed\": 78"));
        var runs = new (string Config, string Shard, string Out)[] { ("c.json", "0/2", "a0"), ("c.json", "1/2", "a1"), ("seed.json", "1/2", "b1") };
        foreach (var (config, shard, outDir) in runs)
        {
            CliRunner.Result r = CliRunner.Run("run", "--config", dir[config], "--shard", shard, "--out", dir[outDir]);
            Assert.True(r.ExitCode == 0, r.Stderr);
        }

        CliRunner.Result seed = CliRunner.Run("merge", dir["a0"], dir["b1"], "--out", dir["m1"]);
        Assert.Equal(2, seed.ExitCode);
        Assert.Contains("seed", seed.Stderr);
        CliRunner.Result missing = CliRunner.Run("merge", dir["a0"], "--out", dir["m2"]);
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("shard 1 of 2 is missing", missing.Stderr);
        CliRunner.Result doubled = CliRunner.Run("merge", dir["a0"], dir["a1"], dir["a1"], "--out", dir["m3"]);
        Assert.Equal(2, doubled.ExitCode);
        Assert.Contains("given twice", doubled.Stderr);
        File.AppendAllText(Path.Combine(dir["a1"], "inputs", "book.csv"), "\n");
        Directory.Delete(dir["a0"], recursive: true);
        CliRunner.Result notShard = CliRunner.Run("merge", dir["a0"], dir["a1"], "--out", dir["m4"]);
        Assert.Equal(2, notShard.ExitCode);
        Assert.Contains("shard.json", notShard.Stderr);
        foreach (string m in new[] { "m1", "m2", "m3", "m4" }) Assert.False(File.Exists(Path.Combine(dir[m], "summary.json")));
    }

    [Fact]
    public void A_rerun_into_a_finished_folder_needs_force_and_then_replaces_it_cleanly()
    {
        using TempFolder dir = Prepared();
        string[] run = ["run", "--config", dir["c.json"], "--paths", "2000", "--out", dir["r"]];
        Assert.Equal(0, CliRunner.Run(run).ExitCode);
        File.WriteAllText(Path.Combine(dir["r"], "stale.txt"), "from an earlier run");

        CliRunner.Result refused = CliRunner.Run(run);
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("--force", refused.Stderr);
        Assert.True(File.Exists(Path.Combine(dir["r"], "stale.txt")));

        Assert.Equal(0, CliRunner.Run([.. run, "--force"]).ExitCode);
        Assert.False(File.Exists(Path.Combine(dir["r"], "stale.txt")));
        Assert.True(File.Exists(Path.Combine(dir["r"], "var.json")));
    }

    [Fact]
    public void Shards_of_the_stage_commands_merged_equal_the_command_run_whole()
    {
        using TempFolder dir = Prepared();
        string[] inputs = ["--book", "book.csv", "--market", "market.json", "--device", "cpu", "--seed", "5"];
        var commands = new Dictionary<string, string[]>
        {
            ["var"] = ["var", .. inputs, "--paths", "5000", "--horizons", "1d,2d", "--levels", "0.99"],
            ["backtest"] = ["backtest", .. inputs, "--paths", "5000", "--policy", "band:5%", "--policy", "time:8h", "--horizon", "2d", "--check", "4h", "--gap-limit", "5000"],
            ["optimize"] = ["optimize", .. inputs, "--paths", "5000", "--proof-paths", "2000", "--risk-aversion", "1e-5", "--horizon", "2d", "--check", "4h"],
        };
        var processes = new List<CliProcess>();
        foreach (var (name, args) in commands)
        {
            processes.Add(CliProcess.Start(dir.Path, [.. args, "--out", $"{name}-whole"]));
            for (int i = 0; i < 2; i++) processes.Add(CliProcess.Start(dir.Path, [.. args, "--shard", $"{i}/2", "--out", $"{name}-s{i}"]));
        }
        foreach (CliProcess p in processes)
        {
            CliRunner.Result r = p.WaitForExit();
            Assert.True(r.ExitCode == 0, r.Stderr);
            p.Dispose();
        }
        foreach (string name in commands.Keys)
        {
            CliRunner.Result merge = CliProcess.Run(dir.Path, "merge", $"{name}-s1", $"{name}-s0", "--out", $"{name}-merged", "--device", "cpu");
            Assert.True(merge.ExitCode == 0, merge.Stderr);
            Assert.True(File.Exists(Path.Combine(dir[$"{name}-merged"], "report.html")));
        }

        foreach (string file in new[] { "var/var.json", "backtest/backtest.json", "optimize/backtest.json" })
        {
            string[] parts = file.Split('/');
            Assert.Equal(File.ReadAllText(Path.Combine(dir[$"{parts[0]}-whole"], parts[1])), File.ReadAllText(Path.Combine(dir[$"{parts[0]}-merged"], parts[1])));
        }
        using JsonDocument whole = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir["optimize-whole"], "thresholds.json")));
        using JsonDocument merged = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir["optimize-merged"], "thresholds.json")));
        Assert.Equal(whole.RootElement.GetProperty("underlyings").GetRawText(), merged.RootElement.GetProperty("underlyings").GetRawText());
    }
}
