using System.Numerics;
using GpuRisk.Kernels.Numerics;
using GpuRisk.Kernels.Random;

namespace GpuRisk.Kernels.Paths;

/// <summary>
/// The random inputs of a walk, regenerated from Philox (nothing is stored between paths), for one path or one
/// path per SIMD lane. The stream order is explicit and a pure function of (seed, path, step, purpose, underlying):
/// <list type="bullet">
/// <item>Diffusion block (path, k, Diffusion | j) of stream j serves steps 2k and 2k + 1: words 0, 1 make step
/// 2k's Box-Muller pair and words 2, 3 step 2k + 1's; of a pair the cosine normal is e_j and the sine normal
/// the variance residual. One Philox evaluation thus serves two steps.</item>
/// <item>The spot drivers are z_j = sum_{i &lt;= j} L_ji e_i (L the lower Cholesky factor), so they carry the
/// input correlation; every slot of stream j uses z_j and the residual of j.</item>
/// <item>Jump block (path, step, Jump | j): word 2 sets the jump count, words 0, 1 the size normal.</item>
/// </list>
/// A walk regenerates the pair's normals whenever the step pair changes, so a walk never reads a stale block.
/// </summary>
public static class PathDraws
{
    /// <summary>
    /// Fills <paramref name="normals"/> with every stream's correlated drivers and residuals for step pair
    /// <paramref name="pair"/> of the path (per lane) whose index has 32-bit halves <paramref name="pathLow"/>,
    /// <paramref name="pathHigh"/>.
    /// </summary>
    /// <param name="stream">The seed's random numbers.</param>
    /// <param name="pathLow">Per lane, the low 32 bits of the path index.</param>
    /// <param name="pathHigh">Per lane, the high 32 bits.</param>
    /// <param name="pair">The step pair.</param>
    /// <param name="streams">Streams (market underlyings with random numbers).</param>
    /// <param name="normals">The walk's normals scratch.</param>
    /// <param name="cholesky">Row-major streams x streams lower Cholesky factor.</param>
    public static void FillPair<T, TMask, TWord, TMath, TScratch, TTable>(in PhiloxStream stream, TWord pathLow, TWord pathHigh,
        int pair, int streams, ref TScratch normals, in TTable cholesky)
        where T : unmanaged, IAdditionOperators<T, T, T>, IMultiplyOperators<T, T, T>
        where TWord : unmanaged
        where TMath : struct, ILaneRandom<T, TMask, TWord>
        where TScratch : struct, INormalsScratch<T>
        where TTable : struct, ILaneTable<T>
    {
        for (int j = 0; j < streams; j++)
        {
            PhiloxBlock<TWord> block = stream.Block<TWord, TMath>(pathLow, pathHigh, pair, RandomPurpose.Diffusion | (uint)j);
            Normal.BoxMuller<T, TMask, TWord, TMath>(block.X0, block.X1, out T evenE, out T evenResidual);
            Normal.BoxMuller<T, TMask, TWord, TMath>(block.X2, block.X3, out T oddE, out T oddResidual);
            normals[j, 0] = evenE;
            normals[j, 1] = evenResidual;
            normals[j, 2] = oddE;
            normals[j, 3] = oddResidual;
        }
        // z_j = sum_{i <= j} L_ji e_i, in place from the last stream down, so every e_i it reads is still raw.
        for (int j = streams - 1; j >= 0; j--)
        {
            for (int k = 0; k <= 2; k += 2)
            {
                T z = TMath.From(0.0);
                for (int i = 0; i <= j; i++)
                {
                    z += cholesky[j * streams + i] * normals[i, k];
                }
                normals[j, k] = z;
            }
        }
    }

    /// <summary>
    /// The draws of stream <paramref name="streamIndex"/> at <paramref name="step"/> (its pair already filled), with
    /// the jump draws only when <paramref name="withJumps"/> (they cost a Philox evaluation; zero otherwise).
    /// </summary>
    public static void ForStream<T, TMask, TWord, TMath, TScratch>(in PhiloxStream stream, TWord pathLow, TWord pathHigh,
        int step, int streamIndex, in TScratch normals, bool withJumps, out StepDraws<T> draws)
        where T : unmanaged, IMultiplyOperators<T, T, T>
        where TWord : unmanaged
        where TMath : struct, ILaneRandom<T, TMask, TWord>
        where TScratch : struct, INormalsScratch<T>
    {
        int k = (step & 1) * 2;
        draws.Spot = normals[streamIndex, k];
        draws.Residual = normals[streamIndex, k + 1];
        if (!withJumps)
        {
            draws.JumpUniform = TMath.From(0.0);
            draws.JumpNormal = TMath.From(0.0);
            return;
        }
        PhiloxBlock<TWord> jump = stream.Block<TWord, TMath>(pathLow, pathHigh, step, RandomPurpose.Jump | (uint)streamIndex);
        draws.JumpUniform = TMath.Uniform(jump.X2);
        draws.JumpNormal = Normal.BoxMullerFirst<T, TMask, TWord, TMath>(jump.X0, jump.X1);
    }
}
