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
        try
        {
            stdout.WriteLine("gpurisk: not yet wired");
            return Success;
        }
        catch (InputException e)
        {
            stderr.WriteLine($"error: {e.Message}");
            return BadInput;
        }
    }
}
