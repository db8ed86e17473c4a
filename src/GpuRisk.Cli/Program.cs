return GpuRisk.Cli.CliApp.Invoke(args, Console.Out, Console.Error);
