using System.Numerics;
using GpuRisk.Kernels.Numerics;
using GpuRisk.Kernels.Random;
using ILGPU;

namespace GpuRisk.Kernels.Paths;

/// <summary>
/// The kernel every path stage launches: thread t walks the chunk's paths p with p mod Threads == t, in order
/// (so per-thread accumulators see paths in a fixed order, whatever the chunking), each through
/// <see cref="PathWalker.Walk{T, TMath, TObserver}"/> with its own copy of <paramref name="observer"/>.
/// </summary>
public static class WalkKernel
{
    /// <summary>The kernel; launch it with exactly <see cref="WalkInputs{T}.Threads"/> threads.</summary>
    public static void Run<T, TMath, TObserver>(Index1D thread, WalkInputs<T> inputs, TObserver observer)
        where T : unmanaged, INumber<T> where TMath : struct, IRealMath<T> where TObserver : struct, IPathObserver<T>
    {
        var stream = new PhiloxStream(inputs.Seed);
        for (long path = Slots.FirstPath(inputs.PathStart, thread, inputs.Threads); path < inputs.PathEnd; path += inputs.Threads)
        {
            observer.Begin(path, thread);
            PathWalker.Walk<T, TMath, TObserver>(stream, path, thread, inputs, ref observer);
            observer.End();
        }
    }
}
