using BenchmarkDotNet.Running;

// BenchmarkDotNet over the kernels and hot host code; `gpurisk bench` gives the quick per-stage figures.
// With no arguments BenchmarkDotNet would ask on the console which benchmark to run, which hangs a script or
// CI job; run them all instead. Any argument (e.g. --filter '*Path*', --list flat) is passed through as given.
string[] arguments = args.Length == 0 ? ["--filter", "*"] : args;
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(arguments);
