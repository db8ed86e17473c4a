using System.CommandLine;
using GpuRisk.Cli.Commands;

namespace GpuRisk.Cli;

/// <summary>
/// The <c>gpurisk</c> command: parses arguments, runs a command, and maps every outcome to an exit code. This is
/// the only place that does: commands return <see cref="Success"/> or throw.
/// </summary>
public static class CliApp
{
    /// <summary>Exit code for success.</summary>
    public const int Success = 0;
    /// <summary>Exit code for anything other than bad input or an interruption.</summary>
    public const int Failure = 1;
    /// <summary>Exit code for bad input (the message names file, row and field, or the option).</summary>
    public const int BadInput = 2;
    /// <summary>Exit code when interrupted (Ctrl-C or SIGTERM; 128 + SIGINT): finished stages are kept.</summary>
    public const int Interrupted = 130;

    /// <summary>Runs the command line <paramref name="args"/>; returns the exit code.</summary>
    /// <param name="args">The arguments.</param>
    /// <param name="stdout">Results; tables are drawn for a person when this is the unredirected console.</param>
    /// <param name="stderr">Diagnostics and log lines.</param>
    /// <param name="interrupt">Cancelled when the user interrupts (<see cref="Interruption"/>); long commands stop after their current stage.</param>
    public static int Invoke(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken interrupt = default) =>
        Invoke(args, Terminal.For(stdout, stderr), interrupt);

    /// <summary>Runs <paramref name="args"/> on <paramref name="terminal"/> (tests use it to stand in for a terminal).</summary>
    internal static int Invoke(string[] args, Terminal terminal, CancellationToken interrupt = default)
    {
        TextWriter stderr = terminal.Error;
        try
        {
            var root = new RootCommand("GpuRisk: GPU Monte Carlo risk engine for crypto options books")
            {
                DevicesCommand.Create(terminal),
                PriceCommand.Create(terminal),
                StressCommand.Create(terminal),
                VarCommand.Create(terminal),
                BacktestCommand.Create(terminal),
                OptimizeCommand.Create(terminal),
                MergeCommand.Create(terminal),
                BenchCommand.Create(terminal),
                RunCommand.Create(terminal),
            };
            ParseResult parsed = root.Parse(args);
            if (parsed.Errors.Count > 0)
            {
                foreach (var error in parsed.Errors) stderr.WriteLine($"error: {error.Message}");
                stderr.WriteLine("Run 'gpurisk --help' for usage.");
                return BadInput;
            }
            int code = parsed.InvokeAsync(new InvocationConfiguration
            {
                Output = terminal.Out,
                Error = stderr,
                EnableDefaultExceptionHandler = false,
                // Interruption is Program's (Interruption.Listen): System.CommandLine's own handler would return
                // while the work still runs, and the process could end mid-write.
                ProcessTerminationTimeout = null,
            }, interrupt).GetAwaiter().GetResult();
            return interrupt.IsCancellationRequested ? Stopped(stderr) : code;
        }
        catch (InputException e)
        {
            stderr.WriteLine($"error: {e.Message}");
            return BadInput;
        }
        catch (OperationCanceledException) when (interrupt.IsCancellationRequested)
        {
            return Stopped(stderr);
        }
        catch (Exception e)
        {
            stderr.WriteLine($"failed: {e.GetType().Name}: {e.Message}");
            return Failure;
        }
    }

    private static int Stopped(TextWriter stderr)
    {
        stderr.WriteLine("interrupted: the results of finished stages are kept");
        return Interrupted;
    }
}
