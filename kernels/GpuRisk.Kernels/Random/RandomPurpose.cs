namespace GpuRisk.Kernels.Random;

/// <summary>
/// The high byte of counter word 3: what a block of random numbers is for. The low 24 bits hold
/// the underlying's index, so each (path, step word, purpose, underlying) owns one block and no
/// two uses of the generator ever share numbers.
/// </summary>
public static class RandomPurpose
{
    /// <summary>
    /// Spot driver e_j (cosine part) and the variance-residual normal (sine part) of two steps: the
    /// step word is the step pair k; words 0/1 serve step 2k, words 2/3 step 2k + 1.
    /// </summary>
    public const uint Diffusion = 0x0100_0000;

    /// <summary>Jump count (word 2) and the jump-size normal (words 0, 1); the step word is the step.</summary>
    public const uint Jump = 0x0200_0000;

    /// <summary>Regime transition at the end of a day (word 0); the step word is the day index.</summary>
    public const uint Regime = 0x0300_0000;

    /// <summary>
    /// Whether a hedge trade at a check fails (word 0); the step word is the check index. The same for every
    /// policy, so policies compared on the same paths also share their failed rebalances.
    /// </summary>
    public const uint TradeFailure = 0x0400_0000;
}
