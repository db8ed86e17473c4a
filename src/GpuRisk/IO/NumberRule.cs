namespace GpuRisk.IO;

/// <summary>
/// A range rule for one input number: finite, not subnormal, and within [Min, Max] with each end open or closed.
/// Shared by the book and market readers so the same rule reads the same in every message.
/// </summary>
internal readonly record struct NumberRule(double Min, bool MinInclusive, double Max, bool MaxInclusive, string Description)
{
    /// <summary>Any finite number.</summary>
    public static NumberRule Finite { get; } = new(double.NegativeInfinity, true, double.PositiveInfinity, true, "a finite number");

    /// <summary>Finite and &gt; 0.</summary>
    public static NumberRule Positive { get; } = new(0, false, double.PositiveInfinity, true, "a finite number > 0");

    /// <summary>Finite and &gt;= 0.</summary>
    public static NumberRule NonNegative { get; } = new(0, true, double.PositiveInfinity, true, "a finite number >= 0");

    /// <summary>In [-1, 1] (a correlation).</summary>
    public static NumberRule Correlation { get; } = new(-1, true, 1, true, "a number in [-1, 1]");

    /// <summary>In [0, 1] (a probability).</summary>
    public static NumberRule Probability { get; } = new(0, true, 1, true, "a number in [0, 1]");

    /// <summary>Null when <paramref name="value"/> obeys the rule, else the problem in words.</summary>
    /// <param name="value">The number read.</param>
    /// <param name="text">The number as the file wrote it, for the message (e.g. 1e400 rather than Infinity).</param>
    public string? Check(double value, string text)
    {
        if (!double.IsFinite(value))
        {
            return $"{text} is not finite; it must be {Description}";
        }
        if (double.IsSubnormal(value))
        {
            // 5e-324 is "positive", but pricing divides and takes logs of it and returns NaN: nobody means it.
            return $"{text} is subnormal (not 0, yet below 2.2e-308): too small to compute with; write 0 or a larger number";
        }
        bool aboveMin = MinInclusive ? value >= Min : value > Min;
        bool belowMax = MaxInclusive ? value <= Max : value < Max;
        return aboveMin && belowMax ? null : $"{text} is out of range; it must be {Description}";
    }
}
