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

    /// <inheritdoc />
    public void Stage(string name)
    {
        if (IsInteractive) Console.MarkupLine($"[grey]>[/] [bold]{Markup.Escape(name)}[/]");
        else stderr.WriteLine($"stage: {name}");
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
