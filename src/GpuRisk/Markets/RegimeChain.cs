namespace GpuRisk.Markets;

/// <summary>
/// A Markov chain over named volatility regimes, stepped once per day under the real-world measure.
/// </summary>
/// <param name="Names">Regime names; the index of a name is its state number.</param>
/// <param name="Initial">Index of today's regime.</param>
/// <param name="TransitionPerDay">Row-stochastic matrix: [i][j] = P(next day in j | today in i).</param>
/// <param name="Overrides">Per regime name, per underlying name: the parameters that regime replaces.</param>
public sealed record RegimeChain(
    IReadOnlyList<string> Names,
    int Initial,
    double[][] TransitionPerDay,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, ModelOverride>> Overrides)
{
    /// <summary>One regime, never leaving it: what a market without <c>regimes</c> means.</summary>
    public static RegimeChain Single { get; } = new(
        ["base"], 0, [[1.0]],
        new Dictionary<string, IReadOnlyDictionary<string, ModelOverride>>());

    /// <summary>Number of regimes.</summary>
    public int Count => Names.Count;
}
