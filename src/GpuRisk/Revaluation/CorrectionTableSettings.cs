namespace GpuRisk.Revaluation;

/// <summary>
/// Resolution of the revaluation's correction tables (see <see cref="Kernels.Revaluation.CorrectionTables"/>).
/// The defaults were sized against the host's analytic engine over the accuracy bar's crypto parameters
/// (tests/GpuRisk.Tests/Revaluation): the book's revaluation error stays far below 1e-4 of its gross option value.
/// </summary>
/// <param name="MoneynessRange">The y axis spans [-range, range] control-variate standard deviations.</param>
/// <param name="MoneynessStep">Spacing of the uniform axis xi, y = a sinh(xi / a): the y spacing near the money.</param>
/// <param name="MoneynessScale">The map's a: within about a standard deviations of the money the y spacing stays near the step.</param>
/// <param name="VarianceNodes">Nodes on sqrt(v) from 0 to sqrt(max variance).</param>
/// <param name="ExpiryNodes">Nodes on sqrt(T) from 0 to sqrt(longest time to expiry), when the times asked for are too many to be nodes themselves.</param>
/// <param name="MaxExactExpiryNodes">Up to this many distinct times to expiry become the sqrt(T) nodes themselves (no interpolation in T).</param>
/// <param name="FrequencyStep">Trapezoid spacing in normalised frequency u sigma_cv sqrt(T).</param>
/// <param name="Truncation">|integrand| below which the Fourier tail is dropped (relative to its value at 0 scale 1).</param>
public sealed record CorrectionTableSettings(
    double MoneynessRange = 28.0,
    double MoneynessStep = 0.125,
    double MoneynessScale = 3.0,
    int VarianceNodes = 65,
    int ExpiryNodes = 33,
    int MaxExactExpiryNodes = 64,
    double FrequencyStep = 0.1,
    double Truncation = 1e-14)
{
    /// <summary>The defaults.</summary>
    public static CorrectionTableSettings Default { get; } = new();
}
