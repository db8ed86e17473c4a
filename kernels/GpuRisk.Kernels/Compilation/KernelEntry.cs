using System.Reflection;

namespace GpuRisk.Kernels.Compilation;

/// <summary>One concrete kernel: a closed (fully instantiated) static method and a readable name.</summary>
/// <param name="Name">E.g. "PriceOptions&lt;float&gt;".</param>
/// <param name="Method">The static kernel method, generic arguments bound.</param>
public sealed record KernelEntry(string Name, MethodInfo Method);
