namespace GpuRisk.Kernels.Random;

/// <summary>
/// The 32-bit integer operations Philox needs on a word type: uint for one lane (a GPU thread), a vector of uint
/// for one lane per path (SIMD on the host). Static abstract members: direct calls on every backend.
/// </summary>
/// <typeparam name="TWord">32 bits per lane.</typeparam>
public interface IWordLanes<TWord>
{
    /// <summary><paramref name="x"/> in every lane.</summary>
    static abstract TWord Broadcast(uint x);

    /// <summary>Bitwise exclusive or.</summary>
    static abstract TWord Xor(TWord a, TWord b);

    /// <summary>The 64-bit product <paramref name="x"/> x <paramref name="multiplier"/> per lane, as its high and low 32 bits.</summary>
    static abstract void MultiplyWide(TWord x, uint multiplier, out TWord high, out TWord low);
}
