using System.Numerics;
using GpuRisk.Kernels.Numerics;
using GpuRisk.Kernels.Random;

namespace GpuRisk.Kernels.Paths;

/// <summary>
/// The regime Markov chain of a path, switching once per day, for one path or one path per SIMD lane (each
/// lane its own regime, held as a whole number of the lane type). The draw for the move from day d to d + 1
/// is block (path, d, Regime), independent of the underlying, so every underlying's pass of the same path sees
/// the same regimes.
/// </summary>
public static class RegimeChainWalk
{
    /// <summary>
    /// Moves <paramref name="regime"/> from day <paramref name="day"/> to <paramref name="targetDay"/>
    /// (no-op when already there), one <see cref="Next"/> per day.
    /// </summary>
    /// <param name="regime">Per lane, the regime index as a number.</param>
    /// <param name="day">The day the chain is at; the same for every lane (every path walks the same grid).</param>
    /// <param name="targetDay">The day to reach.</param>
    /// <param name="stream">The seed's random numbers.</param>
    /// <param name="pathLow">Per lane, the low 32 bits of the path index.</param>
    /// <param name="pathHigh">Per lane, the high 32 bits of the path index.</param>
    /// <param name="cumulative">Row-major R x R cumulative transition matrix per day; last column 1.</param>
    /// <param name="regimeCount">R.</param>
    public static void Advance<T, TMask, TWord, TMath, TTable>(ref T regime, ref int day, int targetDay,
        in PhiloxStream stream, TWord pathLow, TWord pathHigh, in TTable cumulative, int regimeCount)
        where T : unmanaged, IAdditionOperators<T, T, T>
        where TWord : unmanaged
        where TMath : struct, ILaneRandom<T, TMask, TWord>
        where TTable : struct, ILaneTable<T>
    {
        while (day < targetDay)
        {
            T u = TMath.Uniform(stream.Block<TWord, TMath>(pathLow, pathHigh, day, RandomPurpose.Regime).X0);
            regime = Next<T, TMask, TMath, TTable>(regime, u, cumulative, regimeCount);
            day++;
        }
    }

    /// <summary>
    /// The regime after one day, by inversion of row <paramref name="from"/> of the cumulative matrix at
    /// <paramref name="u"/>: the first j with u &lt; cdf[from, j]. Rows are nondecreasing with last entry 1,
    /// so that j is the number of j' &lt; R - 1 with cdf[from, j'] &lt;= u: a count, the same in every lane.
    /// Rows no lane is in are skipped.
    /// </summary>
    public static T Next<T, TMask, TMath, TTable>(T from, T u, in TTable cumulative, int regimeCount)
        where T : unmanaged, IAdditionOperators<T, T, T>
        where TMath : struct, ILaneMath<T, TMask>
        where TTable : struct, ILaneTable<T>
    {
        T zero = TMath.From(0.0), one = TMath.From(1.0);
        T next = from;
        for (int row = 0; row < regimeCount; row++)
        {
            TMask inRow = TMath.Equal(from, TMath.From(row));
            if (!TMath.Any(inRow)) continue;
            T count = zero;
            for (int j = 0; j < regimeCount - 1; j++)
            {
                count += TMath.Select(TMath.LessThanOrEqual(cumulative[row * regimeCount + j], u), one, zero);
            }
            next = TMath.Select(inRow, count, next);
        }
        return next;
    }
}
