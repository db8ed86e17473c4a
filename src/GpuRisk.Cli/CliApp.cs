using System.CommandLine;
using GpuRisk.Cli.Commands;

namespace GpuRisk.Cli;

/// <summary>The <c>gpurisk</c> command: parses arguments, runs a command, maps failures to exit codes.</summary>
public static class CliApp
{
    /// <summary>Exit code for success.</summary>
    public const int Success = 0;
    /// <summary>Exit code for anything other than bad input.</summary>
    public const int Failure = 1;
    /// <summary>Exit code for bad input (the message names file, row and field).</summary>
    public const int BadInput = 2;

    /// <summary>Runs the command line <paramref name="args"/>; returns the exit code.</summary>
    public static int Invoke(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var terminal = new Terminal(stdout, stderr);
        var root = new RootCommand("GpuRisk: GPU Monte Carlo risk engine for crypto options books")
        {
            DevicesCommand.Create(terminal),
            PriceCommand.Create(terminal),
            StressCommand.Create(terminal),
            VarCommand.Create(terminal),
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
        try
        {
            return parsed.Invoke(new InvocationConfiguration
            {
                Output = stdout,
                Error = stderr,
                EnableDefaultExceptionHandler = false,
            });
        }
        catch (InputException e)
        {
            stderr.WriteLine($"error: {e.Message}");
            return BadInput;
        }
        catch (OperationCanceledException)
        {
            stderr.WriteLine("cancelled: results finished before the interruption are kept");
            return Failure;
        }
        catch (Exception e)
        {
            stderr.WriteLine($"failed: {e.GetType().Name}: {e.Message}");
            return Failure;
        }
    }
}
