using GpuRisk.Cli;

namespace GpuRisk.Tests.Cli;

/// <summary>Runs the <c>gpurisk</c> command in-process and captures its exit code and output.</summary>
public static class CliRunner
{
    public sealed record Result(int ExitCode, string Stdout, string Stderr);

    /// <summary>Runs with output captured, as when it is redirected to a file.</summary>
    public static Result Run(params string[] args) => Run(interactive: false, args);

    /// <summary>Runs as if a person watched stdout on a terminal (80 columns: what Spectre.Console assumes for a writer).</summary>
    public static Result RunOnTerminal(params string[] args) => Run(interactive: true, args);

    private static Result Run(bool interactive, string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int code = CliApp.Invoke(args, new Terminal(stdout, stderr, interactive));
        return new Result(code, stdout.ToString(), stderr.ToString());
    }
}
