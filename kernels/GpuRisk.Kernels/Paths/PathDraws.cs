using System.Numerics;
using GpuRisk.Kernels.Numerics;
using GpuRisk.Kernels.Random;

namespace GpuRisk.Kernels.Paths;

/// <summary>
/// The random inputs of a walk, regenerated from Philox (nothing is stored between paths). The stream order is
/// explicit and a pure function of (seed, path, step, purpose, underlying):
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
    /// <summary>Index k of the normals scratch for stream <paramref name="stream"/>, thread <paramref name="thread"/>.</summary>
    public static int NormalIndex<T>(in WalkInputs<T> w, int stream, int k, int thread) where T : unmanaged =>
        (stream * 4 + k) * w.Threads + thread;

    /// <summary>Fills the normals scratch with every stream's correlated drivers and residuals for step pair <paramref name="pair"/>.</summary>
    public static void FillPair<T, TMath>(in PhiloxStream stream, long path, int pair, int thread, in WalkInputs<T> w)
        where T : unmanaged, INumber<T> where TMath : struct, IRealMath<T>
    {
        for (int j = 0; j < w.Streams; j++)
        {
            PhiloxBlock block = stream.Block(path, pair, RandomPurpose.Diffusion | (uint)j);
            Normal.BoxMuller<T, TMath>(block.X0, block.X1, out T evenE, out T evenResidual);
            Normal.BoxMuller<T, TMath>(block.X2, block.X3, out T oddE, out T oddResidual);
            w.Normals[NormalIndex(w, j, 0, thread)] = evenE;
            w.Normals[NormalIndex(w, j, 1, thread)] = evenResidual;
            w.Normals[NormalIndex(w, j, 2, thread)] = oddE;
            w.Normals[NormalIndex(w, j, 3, thread)] = oddResidual;
        }
        // z_j = sum_{i <= j} L_ji e_i, in place from the last stream down, so every e_i it reads is still raw.
        for (int j = w.Streams - 1; j >= 0; j--)
        {
            for (int k = 0; k <= 2; k += 2)
            {
                T z = T.Zero;
                for (int i = 0; i <= j; i++)
                {
                    z += w.Cholesky[j * w.Streams + i] * w.Normals[NormalIndex(w, i, k, thread)];
                }
                w.Normals[NormalIndex(w, j, k, thread)] = z;
            }
        }
    }

    /// <summary>
    /// The draws of <paramref name="slot"/> at <paramref name="step"/> (its pair already filled), with the jump
    /// draws only when <paramref name="withJumps"/> (they cost a Philox evaluation).
    /// </summary>
    public static StepDraws<T> ForSlot<T, TMath>(in PhiloxStream stream, long path, int step, int slot, int thread,
        in WalkInputs<T> w, bool withJumps)
        where T : unmanaged, INumber<T> where TMath : struct, IRealMath<T>
    {
        int j = w.SlotStream[slot];
        int k = (step & 1) * 2;
        var draws = new StepDraws<T>
        {
            Spot = w.Normals[NormalIndex(w, j, k, thread)],
            Residual = w.Normals[NormalIndex(w, j, k + 1, thread)],
        };
        if (withJumps)
        {
            PhiloxBlock jump = stream.Block(path, step, RandomPurpose.Jump | (uint)j);
            draws.JumpUniform = TMath.Uniform(jump.X2);
            draws.JumpNormal = Normal.BoxMullerFirst<T, TMath>(jump);
        }
        return draws;
    }
}
