using GpuRisk.Devices;
using GpuRisk.Jobs;
using Spectre.Console;

namespace GpuRisk.Cli;

/// <summary>
/// The command's view of its console: Spectre.Console tables on stdout, and progress that is live on an
/// interactive terminal but plain timestamp-free log lines on stderr when output is redirected.
/// </summary>
public sealed class Terminal(TextWriter stdout, TextWriter stderr) : IJobLog
{
    /// <summary>Rich output (tables) to stdout.</summary>
    public IAnsiConsole Console { get; } = AnsiConsole.Create(new AnsiConsoleSettings
    {
        Out = new AnsiConsoleOutput(stdout),
        Interactive = InteractionSupport.Detect,
    });

    /// <summary>Plain text to stdout.</summary>
    public TextWriter Out => stdout;

    /// <summary>Diagnostics and log lines.</summary>
    public TextWriter Error => stderr;

    /// <summary>True when a person is watching: stdout is the real, unredirected console.</summary>
    public bool IsInteractive =>
        ReferenceEquals(stdout, System.Console.Out) && !System.Console.IsOutputRedirected;

    private StatusContext? _status;

    /// <inheritdoc />
    public void Stage(string name)
    {
        if (!IsInteractive)
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
        if (!IsInteractive) return await work();
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
        if (IsInteractive) Console.MarkupLine($"  {Markup.Escape(message)}");
        else stderr.WriteLine(message);
    }

    /// <inheritdoc />
    public void Warn(string message) => stderr.WriteLine($"warning: {message}");

    /// <summary>
    /// Opens the accelerator <paramref name="device"/> names (auto, cpu, cuda, opencl); a fallback is
    /// reported as a warning, never silently.
    /// </summary>
    public DeviceSession OpenDevice(string device)
    {
        DeviceSession session = DeviceSelector.Open(DeviceSelector.Parse(device));
        if (session.Warning is { } w) Warn(w);
        return session;
    }
}
