using System.Reflection;
using GpuRisk.Kernels.Hedging;
using GpuRisk.Kernels.Numerics;
using GpuRisk.Kernels.Paths;
using GpuRisk.Kernels.Payoffs;
using GpuRisk.Kernels.Reductions;
using GpuRisk.Kernels.Revaluation;
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
        Walk(typeof(ExpiryRecorder<,>), typeof(float), typeof(FloatMath)),
        Walk(typeof(ExpiryRecorder<,>), typeof(double), typeof(DoubleMath)),
        Generic(typeof(OptionSettlement), nameof(OptionSettlement.Kernel), typeof(float), typeof(FloatMath)),
        Generic(typeof(OptionSettlement), nameof(OptionSettlement.Kernel), typeof(double), typeof(DoubleMath)),
        Generic(typeof(BookPartValues), nameof(BookPartValues.Kernel), typeof(float), typeof(FloatMath)),
        Generic(typeof(BookPartValues), nameof(BookPartValues.Kernel), typeof(double), typeof(DoubleMath)),
        Walk(typeof(StateRecorder<,>), typeof(float), typeof(FloatMath)),
        Walk(typeof(StateRecorder<,>), typeof(double), typeof(DoubleMath)),
        Walk(typeof(BookRecorder<,>), typeof(float), typeof(FloatMath)),
        Walk(typeof(BookRecorder<,>), typeof(double), typeof(DoubleMath)),
        Generic(typeof(RevaluationProbe), nameof(RevaluationProbe.Kernel), typeof(float), typeof(FloatMath)),
        Generic(typeof(RevaluationProbe), nameof(RevaluationProbe.Kernel), typeof(double), typeof(DoubleMath)),
        .. HedgeRuleTypes.Select(rule => Rule(typeof(DeltaHedgeKernel), rule)),
        Rule(typeof(AccountKernel), typeof(CppiRule)),
        Rule(typeof(AccountKernel), typeof(VolTargetRule)),
        Plain(typeof(CorrectionTables), nameof(CorrectionTables.CoefficientKernel)),
        Plain(typeof(CorrectionTables), nameof(CorrectionTables.TableKernel)),
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

    /// <summary>The path kernel <see cref="WalkKernel.Run{T, TMath, TObserver}"/> with an observer <c>Observer&lt;T, TMath&gt;</c>.</summary>
    public static KernelEntry Walk(Type observer, Type number, Type math)
    {
        Type closed = observer.MakeGenericType(number, math);
        MethodInfo open = typeof(WalkKernel).GetMethod(nameof(WalkKernel.Run), BindingFlags.Public | BindingFlags.Static)!;
        return new KernelEntry($"WalkKernel.Run<{number.Name}, {observer.Name.Split('`')[0]}>", open.MakeGenericMethod(number, math, closed));
    }

    /// <summary>Every rule the book's hedging kernel is launched with.</summary>
    private static Type[] HedgeRuleTypes =>
    [
        typeof(NoHedgeRule), typeof(BandRule), typeof(TimeRule), typeof(TimeOrBandRule), typeof(WhalleyWilmottRule),
        typeof(ZakamoulineRule), typeof(ThresholdsRule),
    ];

    /// <summary>A hedging kernel's <c>Run</c> closed over one rule type.</summary>
    public static KernelEntry Rule(Type owner, Type rule) =>
        new($"{owner.Name}.Run<{rule.Name}>", owner.GetMethod("Run", BindingFlags.Public | BindingFlags.Static)!.MakeGenericMethod(rule));

    /// <summary>A non-generic kernel.</summary>
    public static KernelEntry Plain(Type owner, string name) =>
        new($"{owner.Name}.{name}", owner.GetMethod(name, BindingFlags.Public | BindingFlags.Static)
            ?? throw new MissingMethodException(owner.FullName, name));
}
