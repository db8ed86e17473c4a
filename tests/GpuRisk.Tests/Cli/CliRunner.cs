using GpuRisk.Cli;

namespace GpuRisk.Tests.Cli;

/// <summary>Runs the <c>gpurisk</c> command in-process and captures its exit code and output.</summary>
internal static class CliRunner
{
    public sealed record Result(int ExitCode, string Stdout, string Stderr);

    public static Result Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int code = CliApp.Invoke(args, stdout, stderr);
        return new Result(code, stdout.ToString(), stderr.ToString());
    }
}
