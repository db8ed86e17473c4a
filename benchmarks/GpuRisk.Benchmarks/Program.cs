using BenchmarkDotNet.Running;

// BenchmarkDotNet over the kernels and hot host code; `gpurisk bench` gives the quick per-stage figures.
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
