namespace GpuRisk.Optimization;

/// <summary>Checks on the optimizer's inputs; each failure is an <see cref="ArgumentException"/> naming its owner (a regime, the problem) and the field.</summary>
internal static class OptimizationInput
{
    public static void RequireFinite(double value, string owner, string field)
    {
        if (!double.IsFinite(value)) throw Bad(owner, field, value, "must be finite");
    }

    public static void RequireNonNegative(double value, string owner, string field)
    {
        if (!double.IsFinite(value) || value < 0) throw Bad(owner, field, value, "must be finite and >= 0");
    }

    public static void RequirePositive(double value, string owner, string field)
    {
        if (!double.IsFinite(value) || value <= 0) throw Bad(owner, field, value, "must be finite and > 0");
    }

    public static void RequireProbability(double value, string owner, string field)
    {
        if (!(value >= 0 && value <= 1)) throw Bad(owner, field, value, "must be a probability in [0, 1]");
    }

    private static ArgumentException Bad(string owner, string field, double value, string rule) =>
        new($"{owner}: {field} {value} {rule}", field);
}
