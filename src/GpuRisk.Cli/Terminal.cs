using GpuRisk.Devices;
using GpuRisk.Jobs;
using Spectre.Console;

namespace GpuRisk.Cli;

/// <summary>
/// The command's view of its console. For a person at a terminal: Spectre.Console tables and a live stage
/// display on stdout. When output is redirected (a file, a pipe, a test): tables as plain aligned columns that
/// never wrap, so no number or id is ever split across lines, and progress as plain log lines on stderr.
/// </summary>
/// <param name="stdout">Where results go.</param>
/// <param name="stderr">Where diagnostics and log lines go.</param>
/// <param name="interactive">True when a person watches <paramref name="stdout"/> on a terminal (<see cref="For"/> detects it).</param>
public sealed class Terminal(TextWriter stdout, TextWriter stderr, bool interactive) : IJobLog
{
    /// <summary>The terminal of this process's <paramref name="stdout"/>: interactive only for the real, unredirected console.</summary>
    public static Terminal For(TextWriter stdout, TextWriter stderr) =>
        new(stdout, stderr, ReferenceEquals(stdout, System.Console.Out) && !System.Console.IsOutputRedirected);

    /// <summary>Rich output to stdout; used only when <see cref="IsInteractive"/>.</summary>
    private IAnsiConsole Console { get; } = AnsiConsole.Create(new AnsiConsoleSettings
    {
        Out = new AnsiConsoleOutput(stdout),
        Interactive = interactive ? InteractionSupport.Yes : InteractionSupport.No,
    });

    /// <summary>Plain text to stdout.</summary>
    public TextWriter Out => stdout;

    /// <summary>Diagnostics and log lines.</summary>
    public TextWriter Error => stderr;

    /// <summary>True when a person is watching stdout on a terminal.</summary>
    public bool IsInteractive => interactive;

    private StatusContext? _status;

    /// <summary>Prints <paramref name="table"/>: a Spectre.Console table on a terminal, plain aligned columns otherwise.</summary>
    public void Write(TextTable table)
    {
        if (!interactive)
        {
            stdout.Write(table.ToPlainText());
            return;
        }
        var rich = new Table();
        if (table.Title is { } title) rich.Title(Markup.Escape(title));
        foreach (TextTable.Column c in table.Columns)
        {
            var column = new TableColumn(Markup.Escape(c.Header));
            rich.AddColumn(c.RightAligned ? column.RightAligned() : column);
        }
        foreach (TextTable.Row r in table.Rows)
        {
            rich.AddRow(r.Cells.Select(c => r.Emphasis ? $"[bold]{Markup.Escape(c)}[/]" : Markup.Escape(c)).ToArray());
        }
        Console.Write(rich);
    }

    /// <summary>A line that belongs with the results on stdout (a legend, say): grey on a terminal, plain otherwise.</summary>
    public void Note(string line)
    {
        if (interactive) Console.MarkupLine($"[grey]{Markup.Escape(line)}[/]");
        else stdout.WriteLine(line);
    }

    /// <inheritdoc />
    public void Stage(string name)
    {
        if (!interactive)
        {
            stderr.WriteLine($"stage: {name}");
            return;
        }
        Console.MarkupLine($"[grey]>[/] [bold]{Markup.Escape(name)}[/]");
        _status?.Status($"{Markup.Escape(name)}...");
    }

    /// <summary>
    /// Runs <paramref name="work"/> under a live spinner showing the current stage when a person is
    /// watching; runs it plainly otherwise.
    /// </summary>
    public async Task<T> WithProgressAsync<T>(Func<Task<T>> work)
    {
        if (!interactive) return await work();
        return await Console.Status().StartAsync("starting...", async context =>
        {
            _status = context;
            try
            {
                return await work();
            }
            finally
            {
                _status = null;
            }
        });
    }

    /// <inheritdoc />
    public void Info(string message)
    {
        if (interactive) Console.MarkupLine($"  {Markup.Escape(message)}");
        else stderr.WriteLine(message);
    }

    /// <inheritdoc />
    public void Warn(string message) => stderr.WriteLine($"warning: {message}");

    /// <summary>
    /// Opens the accelerator <paramref name="device"/> names (auto, cpu, cpu-simd, cuda, opencl); a fallback, of
    /// the device or of a stage cpu-simd does not run, is reported as a warning, never silently.
    /// </summary>
    public DeviceSession OpenDevice(string device)
    {
        DeviceSession session = DeviceSelector.Open(DeviceSelector.Parse(device));
        if (session.Warning is { } w) Warn(w);
        session.Warned += Warn;
        return session;
    }
}
