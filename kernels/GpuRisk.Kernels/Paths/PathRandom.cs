using System.Numerics;
using GpuRisk.Kernels.Numerics;
using GpuRisk.Kernels.Random;
using ILGPU;

namespace GpuRisk.Kernels.Paths;

/// <summary>The random inputs of a step, regenerated from Philox on demand (nothing is stored).</summary>
public static class PathRandom
{
    /// <summary>
    /// Draws of underlying <paramref name="underlying"/> at (<paramref name="path"/>, <paramref name="step"/>).
    /// The spot driver is z_u = sum_{j &lt;= u} L_uj e_j with e_j the cosine normal of block
    /// (path, step, Diffusion | j): every underlying's pass regenerates the others' e_j, so a pass
    /// needs no arrays and all passes see the same e_j.
    /// </summary>
    /// <param name="choleskyRow">Row u of the lower Cholesky factor of the spot correlation, entries 0..u.</param>
    /// <param name="withJumps">Draw the jump block too (skipped for diffusions, to save time).</param>
    public static StepDraws<T> Draw<T, TMath>(in PhiloxStream stream, long path, int step, int underlying,
        ArrayView<T> choleskyRow, bool withJumps)
        where T : unmanaged, INumber<T> where TMath : struct, IRealMath<T>
    {
        var draws = default(StepDraws<T>);
        T spot = T.Zero;
        for (int j = 0; j < underlying; j++)
        {
            PhiloxBlock other = stream.Block(path, step, RandomPurpose.Diffusion | (uint)j);
            spot += choleskyRow[j] * Normal.BoxMullerFirst<T, TMath>(other);
        }
        PhiloxBlock own = stream.Block(path, step, RandomPurpose.Diffusion | (uint)underlying);
        Normal.BoxMuller<T, TMath>(own, out T e, out T residual);
        draws.Spot = spot + choleskyRow[underlying] * e;
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
