using System.Diagnostics;
using GpuRisk.Cli;

namespace GpuRisk.Tests.Cli;

/// <summary>
/// The real <c>gpurisk</c> process (<c>dotnet GpuRisk.Cli.dll</c>, built beside the tests) with stdout and stderr
/// redirected to pipes, for what only a process shows: redirected output, signals and exit codes.
/// </summary>
internal sealed class CliProcess : IDisposable
{
    /// <summary>Long enough for a small run on a busy 2-core machine; a test that waits this long has failed anyway.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromMinutes(5);

    private readonly Process _process;
    private readonly List<string> _stdout = [], _stderr = [];
    private readonly Lock _gate = new();
    private (string Fragment, TaskCompletionSource Seen)? _awaited;

    private CliProcess(string workingDirectory, string[] args, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) start.Environment[name] = value;
        start.ArgumentList.Add(typeof(CliApp).Assembly.Location);
        foreach (string a in args) start.ArgumentList.Add(a);
        _process = new Process { StartInfo = start, EnableRaisingEvents = true };
        _process.OutputDataReceived += (_, e) => Received(_stdout, e.Data);
        _process.ErrorDataReceived += (_, e) => Received(_stderr, e.Data);
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    /// <summary>Starts <c>gpurisk <paramref name="args"/></c> in <paramref name="workingDirectory"/>.</summary>
    public static CliProcess Start(string workingDirectory, params string[] args) => new(workingDirectory, args);

    /// <summary>Starts <c>gpurisk <paramref name="args"/></c> with extra <paramref name="environment"/> variables.</summary>
    public static CliProcess Start(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] args) =>
        new(workingDirectory, args, environment);

    /// <summary>Runs <c>gpurisk <paramref name="args"/></c> to its end.</summary>
    public static CliRunner.Result Run(string workingDirectory, params string[] args)
    {
        using CliProcess p = Start(workingDirectory, args);
        return p.WaitForExit();
    }

    /// <summary>The process id.</summary>
    public int Id => _process.Id;

    /// <summary>Waits until a line of stderr contains <paramref name="fragment"/>; false if the process ended first.</summary>
    public bool WaitForStderr(string fragment)
    {
        var seen = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate)
        {
            if (_stderr.Any(l => l.Contains(fragment, StringComparison.Ordinal))) return true;
            _awaited = (fragment, seen);
        }
        Task.WaitAny([seen.Task, _process.WaitForExitAsync()], Patience);
        return seen.Task.IsCompleted;
    }

    /// <summary>Sends <paramref name="signal"/> (e.g. "INT") with <c>kill</c>, as a terminal's Ctrl-C or a scheduler would.</summary>
    public void Signal(string signal)
    {
        using Process kill = Process.Start("kill", ["-" + signal, Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
        Assert.Equal(0, kill.ExitCode);
    }

    /// <summary>Waits for the end (at most <see cref="Patience"/>) and returns the exit code and every line written.</summary>
    public CliRunner.Result WaitForExit()
    {
        Assert.True(_process.WaitForExit(Patience), $"gpurisk still running after {Patience}");
        _process.WaitForExit(); // flushes the redirected streams
        lock (_gate)
        {
            return new CliRunner.Result(_process.ExitCode, string.Join('\n', _stdout), string.Join('\n', _stderr));
        }
    }

    private void Received(List<string> lines, string? line)
    {
        if (line is null) return;
        lock (_gate)
        {
            lines.Add(line);
            if (ReferenceEquals(lines, _stderr) && _awaited is { } a && line.Contains(a.Fragment, StringComparison.Ordinal))
            {
                a.Seen.TrySetResult();
                _awaited = null;
            }
        }
    }

    public void Dispose()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.Dispose();
    }
}
