namespace GpuRisk.Kernels.Random;

/// <summary>
/// The random numbers of one seed. Counter = (path low, path high, step word, purpose | underlying),
/// key = seed, so path p's numbers are a pure function of (seed, p, step, purpose): the same on
/// every device, batch size, thread count and shard. The step word is the step, the step pair or
/// the day, as <see cref="RandomPurpose"/> says for each purpose.
/// </summary>
public readonly struct PhiloxStream
{
    private readonly uint keyLow;
    private readonly uint keyHigh;

    /// <summary>The stream of <paramref name="seed"/>.</summary>
    public PhiloxStream(ulong seed)
    {
        keyLow = (uint)seed;
        keyHigh = (uint)(seed >> 32);
    }

    /// <summary>The block for (<paramref name="path"/>, <paramref name="step"/>, <paramref name="purposeWord"/>).</summary>
    public PhiloxBlock Block(long path, int step, uint purposeWord) =>
        Philox4x32.Generate((uint)path, (uint)((ulong)path >> 32), (uint)step, purposeWord, keyLow, keyHigh);
}
