using System.Reflection;
using GpuRisk.Kernels.Numerics;
using GpuRisk.Kernels.Paths;
using GpuRisk.Kernels.Reductions;
using GpuRisk.Kernels.Stress;

namespace GpuRisk.Kernels.Compilation;

/// <summary>
/// Every kernel entry point in this assembly with each concrete instantiation the engine launches
/// (float and double). Tests compile every entry for PTX and OpenCL C offline, so a kernel added
/// here is checked for all backends; add new kernels (e.g. stress) to <see cref="All"/>.
/// </summary>
public static class KernelCatalog
{
    /// <summary>All entries, in a stable order.</summary>
    public static IReadOnlyList<KernelEntry> All { get; } =
    [
        Generic(typeof(PricingKernel), nameof(PricingKernel.PriceOptions), typeof(float), typeof(FloatMath)),
        Generic(typeof(PricingKernel), nameof(PricingKernel.PriceOptions), typeof(double), typeof(DoubleMath)),
        Generic(typeof(StateKernel), nameof(StateKernel.SimulateStates), typeof(float), typeof(FloatMath)),
        Generic(typeof(StateKernel), nameof(StateKernel.SimulateStates), typeof(double), typeof(DoubleMath)),
        Plain(typeof(SlotReductions), nameof(SlotReductions.SumRows)),
        Plain(typeof(SlotReductions), nameof(SlotReductions.BookMoments)),
        Plain(typeof(ClosedFormPricer), nameof(ClosedFormPricer.Kernel)),
        Plain(typeof(FourierPricer), nameof(FourierPricer.CoefficientKernel)),
        Plain(typeof(FourierPricer), nameof(FourierPricer.PriceKernel)),
    ];

    /// <summary>A generic kernel closed over (number type, math struct).</summary>
    public static KernelEntry Generic(Type owner, string name, Type number, Type math)
    {
        MethodInfo open = owner.GetMethod(name, BindingFlags.Public | BindingFlags.Static)
            ?? throw new MissingMethodException(owner.FullName, name);
        return new KernelEntry($"{owner.Name}.{name}<{number.Name}>", open.MakeGenericMethod(number, math));
    }

    /// <summary>A non-generic kernel.</summary>
    public static KernelEntry Plain(Type owner, string name) =>
        new($"{owner.Name}.{name}", owner.GetMethod(name, BindingFlags.Public | BindingFlags.Static)
            ?? throw new MissingMethodException(owner.FullName, name));
}
