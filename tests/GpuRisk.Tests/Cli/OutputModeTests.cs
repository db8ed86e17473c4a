using System.Globalization;
using System.Text.Json;
using GpuRisk.Devices;

namespace GpuRisk.Tests.Cli;

/// <summary>
/// Terminal versus redirected output: a person at a terminal gets drawn tables and stage lines on stdout; output
/// sent to a file or a pipe gets plain columns that never split an id or a number, and stage lines on stderr.
/// </summary>
public sealed class OutputModeTests
{
    // Ids far longer than an 80-column table leaves room for: a drawn table would wrap them.
    private static string LongBook() => "id,underlying,kind,strike,expiry,quantity\n" + string.Concat(Enumerable.Range(0, 6).Select(i =>
        $"ETH-2026-12-25-{3000 + 100 * i}-C-desk-volatility-arbitrage-sleeve-{i:D4},ETH,call,{3000 + 100 * i},2026-12-25T08:00:00Z,{1.5 + i}\n"));

    [Fact]
    public void Redirected_price_table_keeps_every_id_and_number_on_its_line()
    {
        using var dir = new TempFolder();
        string book = dir.File("book.csv", LongBook()), market = dir.Embedded("market.json");

        CliRunner.Result table = CliProcess.Run(dir.Path, "price", "--book", book, "--market", market);
        CliRunner.Result json = CliProcess.Run(dir.Path, "price", "--book", book, "--market", market, "--out", "p.json");

        Assert.True(table.ExitCode == 0, table.Stderr);
        Assert.True(json.ExitCode == 0, json.Stderr);
        using JsonDocument doc = JsonDocument.Parse(File.ReadAllText(dir["p.json"]));
        string[] lines = table.Stdout.Split('\n');
        foreach (JsonElement p in doc.RootElement.GetProperty("positions").EnumerateArray())
        {
            string id = p.GetProperty("id").GetString()!;
            string value = p.GetProperty("value").GetDouble().ToString("N2", CultureInfo.InvariantCulture);
            string delta = p.GetProperty("delta").GetDouble().ToString("N4", CultureInfo.InvariantCulture);
            Assert.Single(lines, l => l.StartsWith(id + " ", StringComparison.Ordinal) && l.Contains(" " + value + " ") && l.Contains(" " + delta + " "));
        }
        Assert.DoesNotContain('│', table.Stdout); // no box drawing in a log file
    }

    [Fact]
    public void Redirected_devices_table_lists_each_device_on_one_line()
    {
        using var dir = new TempFolder();
        CliRunner.Result result = CliProcess.Run(dir.Path, "devices");

        Assert.True(result.ExitCode == 0, result.Stderr);
        string[] lines = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("kind", lines[0]);
        foreach (DeviceInfo d in DeviceSelector.List())
        {
            Assert.Single(lines, l => l.StartsWith(d.Kind, StringComparison.Ordinal) && l.Contains(d.Name) && l.TrimEnd().EndsWith(d.Note, StringComparison.Ordinal));
        }
        Assert.Single(lines, l => l.Contains(" yes "));
    }

    [Fact]
    public void A_terminal_gets_a_drawn_table_and_stages_on_stdout_and_a_redirect_gets_plain_lines()
    {
        using var dir = new TempFolder();
        string[] args = ["price", "--book", dir.File("book.csv", LongBook()), "--market", dir.Embedded("market.json"),
            "--method", "mc", "--paths", "2000", "--device", "cpu"];

        CliRunner.Result terminal = CliRunner.RunOnTerminal(args);
        CliRunner.Result redirected = CliRunner.Run(args);

        Assert.True(terminal.ExitCode == 0, terminal.Stderr);
        Assert.True(redirected.ExitCode == 0, redirected.Stderr);
        // Terminal: Spectre.Console draws the table (box characters) and shows the stage on stdout.
        Assert.Contains("─", terminal.Stdout);
        Assert.Contains("Monte Carlo on cpu", terminal.Stdout);
        Assert.DoesNotContain("stage:", terminal.Stderr);
        // Redirected: a plain header row, no box drawing, and the stage as a log line on stderr.
        Assert.Contains("id  ", redirected.Stdout);
        Assert.DoesNotContain("─", redirected.Stdout);
        Assert.Contains("stage: Monte Carlo on cpu", redirected.Stderr);
        Assert.Contains("Monte Carlo figures: estimate ± one standard error.", redirected.Stdout);
    }
}
