namespace GpuRisk.Kernels.Random;

/// <summary>
/// The random numbers of one seed. Counter = (path low, path high, step word, purpose | underlying),
/// key = seed, so path p's numbers are a pure function of (seed, p, step, purpose): the same on
/// every device, batch size, thread count, SIMD lane and shard. The step word is the step, the step
/// pair or the day, as <see cref="RandomPurpose"/> says for each purpose.
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
    public PhiloxBlock<uint> Block(long path, int step, uint purposeWord) =>
        Block<uint, ScalarWords>((uint)path, (uint)((ulong)path >> 32), step, purposeWord);

    /// <summary>
    /// The blocks for (path, <paramref name="step"/>, <paramref name="purposeWord"/>) of one path per lane, the
    /// path given as its low and high 32 bits per lane.
    /// </summary>
    public PhiloxBlock<TWord> Block<TWord, TWords>(TWord pathLow, TWord pathHigh, int step, uint purposeWord)
        where TWord : unmanaged where TWords : struct, IWordLanes<TWord> =>
        Philox4x32.Generate<TWord, TWords>(pathLow, pathHigh, TWords.Broadcast((uint)step), TWords.Broadcast(purposeWord), keyLow, keyHigh);
}
