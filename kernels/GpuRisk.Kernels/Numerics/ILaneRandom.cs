using GpuRisk.Kernels.Random;

namespace GpuRisk.Kernels.Numerics;

/// <summary>
/// <see cref="ILaneMath{T, TMask}"/> plus random bits: the lane math of code that generates Philox words
/// (<typeparamref name="TWord"/>: uint for one lane, a vector of uint for many) and turns them into draws.
/// </summary>
/// <typeparam name="T">The lane type.</typeparam>
/// <typeparam name="TMask">Its mask type.</typeparam>
/// <typeparam name="TWord">32 random bits per lane.</typeparam>
public interface ILaneRandom<T, TMask, TWord> : ILaneMath<T, TMask>, IWordLanes<TWord>
{
    /// <summary>A uniform in the open interval (0, 1) from 32 random bits per lane (never 0 or 1).</summary>
    static abstract T Uniform(TWord bits);
}
