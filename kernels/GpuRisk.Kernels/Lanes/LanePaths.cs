using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using GpuRisk.Kernels.Paths;

namespace GpuRisk.Kernels.Lanes;

/// <summary>The global path index of each lane.</summary>
[InlineArray(Float512.Lanes)]
public struct LanePathIndices
{
    private long _first;
}

/// <summary>
/// The paths sixteen lanes walk together. Lane l stands for launch thread t = first thread + l and, like a thread of
/// <see cref="WalkKernel"/>, walks the chunk's paths p with p mod Threads == t in increasing order, one per
/// iteration; a lane whose thread has no path left (or no thread) still computes, on a stand-in path, and is
/// marked invalid so observers ignore it.
/// </summary>
public struct LanePaths
{
    /// <summary>Per lane, the global path index.</summary>
    public LanePathIndices Path;

    /// <summary>Bit l set when lane l walks a real path.</summary>
    public int ValidBits;

    /// <summary>Per lane, the low 32 bits of the path index (Philox counter word 0).</summary>
    public Vector512<uint> Low;

    /// <summary>Per lane, the high 32 bits of the path index (Philox counter word 1).</summary>
    public Vector512<uint> High;

    /// <summary>Whether lane <paramref name="lane"/> walks a real path.</summary>
    public readonly bool IsValid(int lane) => (ValidBits >> lane & 1) != 0;

    /// <summary>
    /// The paths of iteration <paramref name="iteration"/> of the lanes standing for threads
    /// <paramref name="firstThread"/>, + 1, ... of a launch of <paramref name="threads"/> threads over global paths
    /// [<paramref name="pathStart"/>, <paramref name="pathEnd"/>).
    /// </summary>
    public static LanePaths Of(long pathStart, long pathEnd, int threads, int firstThread, int iteration)
    {
        var paths = new LanePaths();
        Span<uint> low = stackalloc uint[Float512.Lanes];
        Span<uint> high = stackalloc uint[Float512.Lanes];
        for (int lane = 0; lane < Float512.Lanes; lane++)
        {
            int thread = firstThread + lane;
            long path = thread < threads ? Slots.FirstPath(pathStart, thread, threads) + (long)iteration * threads : pathEnd;
            if (path < pathEnd)
            {
                paths.ValidBits |= 1 << lane;
            }
            else
            {
                path = pathStart;
            }
            paths.Path[lane] = path;
            low[lane] = (uint)path;
            high[lane] = (uint)((ulong)path >> 32);
        }
        paths.Low = Vector512.Create<uint>(low);
        paths.High = Vector512.Create<uint>(high);
        return paths;
    }
}
