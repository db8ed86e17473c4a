namespace GpuRisk.Kernels.Random;

/// <summary>
/// The high byte of counter word 3: what a block of random numbers is for. The low 24 bits hold
/// the underlying's index, so each (path, step, purpose, underlying) owns one block and no two
/// uses of the generator ever share numbers.
/// </summary>
public static class RandomPurpose
{
    /// <summary>Spot driver e_j (word 0/1 cosine part) and the variance-residual normal (sine part).</summary>
    public const uint Diffusion = 0x0100_0000;

    /// <summary>Jump count (word 0) and the jump-size normal (words 1, 2).</summary>
    public const uint Jump = 0x0200_0000;

    /// <summary>Regime transition at the end of a day (word 0); the step word is the day index.</summary>
    public const uint Regime = 0x0300_0000;
}
