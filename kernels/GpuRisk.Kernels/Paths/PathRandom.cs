using System.Numerics;
using GpuRisk.Kernels.Numerics;
using GpuRisk.Kernels.Random;
using ILGPU;

namespace GpuRisk.Kernels.Paths;

/// <summary>The random inputs of a step, regenerated from Philox on demand (nothing is stored).</summary>
/// <remarks>
/// Stream layout: the diffusion block (path, k, Diffusion | j) serves the step pair (2k, 2k + 1)
/// of underlying j: words 0 and 1 make step 2k's Box-Muller pair, words 2 and 3 step 2k + 1's.
/// Of a pair, the cosine normal is e_j and the sine normal the variance residual. One Philox
/// evaluation (the generator's whole cost, ten rounds of 64-bit products) thus serves two steps,
/// and the numbers stay a pure function of (seed, path, step, purpose).
/// </remarks>
public static class PathRandom
{
    /// <summary>
    /// Draws of underlying <paramref name="underlying"/> at (<paramref name="path"/>, <paramref name="step"/>).
    /// The spot driver is z_u = sum_{j &lt;= u} L_uj e_j with e_j the cosine normal of underlying j's
    /// diffusion words for this step: every underlying's pass regenerates the others' e_j, so a pass
    /// needs no arrays and all passes see the same e_j.
    /// </summary>
    /// <param name="choleskyRow">Row u of the lower Cholesky factor of the spot correlation, entries 0..u.</param>
    /// <param name="ownLoading">L_uu, the row's diagonal entry (read once per path by the caller).</param>
    /// <param name="withJumps">Draw the jump block too (skipped for diffusions, to save time).</param>
    /// <param name="pair">
    /// The path's own diffusion block for the current step pair: regenerated here on even steps and
    /// reused on odd ones, so steps must be drawn in order from step 0.
    /// </param>
    public static StepDraws<T> Draw<T, TMath>(in PhiloxStream stream, long path, int step, int underlying,
        ArrayView<T> choleskyRow, T ownLoading, bool withJumps, ref PhiloxBlock pair)
        where T : unmanaged, INumber<T> where TMath : struct, IRealMath<T>
    {
        var draws = default(StepDraws<T>);
        bool odd = (step & 1) != 0;
        T spot = T.Zero;
        for (int j = 0; j < underlying; j++)
        {
            PhiloxBlock other = stream.Block(path, step >> 1, RandomPurpose.Diffusion | (uint)j);
            spot += choleskyRow[j] * Normal.BoxMullerFirst<T, TMath>(odd ? other.X2 : other.X0, odd ? other.X3 : other.X1);
        }
        if (!odd)
        {
            pair = stream.Block(path, step >> 1, RandomPurpose.Diffusion | (uint)underlying);
        }
        Normal.BoxMuller<T, TMath>(odd ? pair.X2 : pair.X0, odd ? pair.X3 : pair.X1, out T e, out T residual);
        draws.Spot = spot + ownLoading * e;
        draws.Residual = residual;
        if (withJumps)
        {
            PhiloxBlock jump = stream.Block(path, step, RandomPurpose.Jump | (uint)underlying);
            draws.JumpUniform = TMath.Uniform(jump.X2);
            draws.JumpNormal = Normal.BoxMullerFirst<T, TMath>(jump);
        }
        return draws;
    }
}
