using GpuRisk.Cli;

using Interruption interruption = Interruption.Listen(Console.Error);
return CliApp.Invoke(args, Console.Out, Console.Error, interruption.Token);
