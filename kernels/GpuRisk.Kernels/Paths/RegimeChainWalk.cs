using System.Numerics;
using GpuRisk.Kernels.Numerics;
using GpuRisk.Kernels.Random;
using ILGPU;

namespace GpuRisk.Kernels.Paths;

/// <summary>
/// The regime Markov chain of one path, switching once per day. The draw for the move from day d
/// to d + 1 is block (path, d, Regime), independent of the underlying, so every underlying's pass
/// of the same path sees the same regimes.
/// </summary>
public static class RegimeChainWalk
{
    /// <summary>
    /// Moves <paramref name="regime"/> from day <paramref name="day"/> to <paramref name="targetDay"/>
    /// (no-op when already there). Inversion of the cumulative row: next = first j with U &lt; cdf[i, j].
    /// </summary>
    /// <param name="cumulative">Row-major R x R cumulative transition matrix per day; last column 1.</param>
    public static void Advance<T, TMath>(ref int regime, ref int day, int targetDay, in PhiloxStream stream,
        long path, ArrayView<T> cumulative, int regimeCount)
        where T : unmanaged, INumber<T> where TMath : struct, IRealMath<T>
    {
        if (regimeCount <= 1)
        {
            day = targetDay;
            return;
        }
        while (day < targetDay)
        {
            T u = TMath.Uniform(stream.Block(path, day, RandomPurpose.Regime).X0);
            int next = regimeCount - 1;
            for (int j = 0; j < regimeCount - 1; j++)
            {
                if (u < cumulative[regime * regimeCount + j])
                {
                    next = j;
                    break;
                }
            }
            regime = next;
            day++;
        }
    }
}
