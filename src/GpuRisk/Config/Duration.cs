using System.Globalization;

namespace GpuRisk.Config;

/// <summary>
/// A length of calendar time as DESIGN.md writes it: a positive number and a unit, <c>m</c> (minutes), <c>h</c>
/// (hours), <c>d</c> (days) or <c>w</c> (weeks), e.g. <c>30m</c>, <c>1h</c>, <c>8h</c>, <c>1d</c>, <c>7d</c>.
/// Years are ACT/365.
/// </summary>
/// <param name="Text">The text as given (what outputs echo).</param>
/// <param name="Days">The length in days.</param>
public readonly record struct Duration(string Text, double Days)
{
    /// <summary>The length in years (ACT/365).</summary>
    public double Years => Days / 365.0;

    /// <summary>The length in hours.</summary>
    public double Hours => Days * 24.0;

    /// <summary>Parses a duration; false with a reason when the text is not one.</summary>
    public static bool TryParse(string? text, out Duration duration, out string problem)
    {
        duration = default;
        string t = text?.Trim() ?? "";
        if (t.Length < 2)
        {
            problem = $"'{text}' is not a duration (write a number and a unit: 30m, 1h, 8h, 1d, 7d)";
            return false;
        }
        double unitDays = char.ToLowerInvariant(t[^1]) switch
        {
            'm' => 1.0 / 1440.0,
            'h' => 1.0 / 24.0,
            'd' => 1.0,
            'w' => 7.0,
            _ => double.NaN,
        };
        if (double.IsNaN(unitDays) || !double.TryParse(t[..^1], NumberStyles.Float, CultureInfo.InvariantCulture, out double amount)
            || !double.IsFinite(amount))
        {
            problem = $"'{text}' is not a duration (write a number and a unit: 30m, 1h, 8h, 1d, 7d)";
            return false;
        }
        if (amount <= 0)
        {
            problem = $"'{text}' must be longer than zero";
            return false;
        }
        duration = new Duration(t, amount * unitDays);
        problem = "";
        return true;
    }

    /// <summary>Parses a duration.</summary>
    /// <exception cref="FormatException">Not a positive duration.</exception>
    public static Duration Parse(string text) =>
        TryParse(text, out Duration d, out string problem) ? d : throw new FormatException(problem);

    /// <inheritdoc/>
    public override string ToString() => Text;
}
