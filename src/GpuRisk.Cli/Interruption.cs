using System.Runtime.InteropServices;

namespace GpuRisk.Cli;

/// <summary>
/// Turns the first Ctrl-C (SIGINT) or SIGTERM into a cancellation the running command observes between
/// stages, so it stops with every finished stage's files complete and no temporary file left behind. A second
/// signal is left to its default action: the process ends at once (files are renamed into place whole, so even
/// then no result is half-written).
/// </summary>
/// <remarks>Only the real process listens (Program.cs); tests that run commands in-process never take over the test host's signals.</remarks>
public sealed class Interruption : IDisposable
{
    private readonly CancellationTokenSource _cancel = new();
    private readonly TextWriter _stderr;
    private readonly PosixSignalRegistration[] _registrations;

    private Interruption(TextWriter stderr)
    {
        _stderr = stderr;
        _registrations = [PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal), PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal)];
    }

    /// <summary>Starts listening; messages about the interruption go to <paramref name="stderr"/>.</summary>
    public static Interruption Listen(TextWriter stderr) => new(stderr);

    /// <summary>Cancelled at the first signal.</summary>
    public CancellationToken Token => _cancel.Token;

    private void OnSignal(PosixSignalContext context)
    {
        if (_cancel.IsCancellationRequested) return;
        context.Cancel = true;
        _stderr.WriteLine($"{context.Signal}: stopping after the current stage; finished stages are kept (interrupt again to quit at once)");
        _cancel.Cancel();
    }

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (PosixSignalRegistration r in _registrations) r.Dispose();
        _cancel.Dispose();
    }
}
