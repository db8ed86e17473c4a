using System.Runtime.CompilerServices;
using GpuRisk.Kernels.Numerics;
using GpuRisk.Kernels.Revaluation;

namespace GpuRisk.Kernels.Lanes;

/// <summary>
/// The horizon engine's <see cref="BookRecorder{T, TMath}"/> (float) behind the SIMD walk: the paths are walked
/// sixteen at a time, and each valid lane's path is settled and revalued by its own copy of the scalar recorder
/// (the same code a GPU thread runs, in double where it is double) into the same series and cash scratch. So the
/// walk runs on lanes and the revaluation, a table lookup per position group, stays written once.
/// </summary>
public struct BookLanes : ILaneObserver
{
    private readonly BookRecorder<float, FloatMath> _recorder;
    private Recorders _lanes;
    private LanePaths _paths;

    /// <summary>The lane version of <paramref name="recorder"/>, writing to its buffers (host memory).</summary>
    public BookLanes(in BookRecorder<float, FloatMath> recorder) => _recorder = recorder;

    /// <inheritdoc/>
    public void Begin(in LanePaths paths)
    {
        _paths = paths;
        for (int lane = 0; lane < Float512.Lanes; lane++)
        {
            if (!paths.IsValid(lane)) continue;
            _lanes[lane] = _recorder;
            // The launch thread that walks the path (path = thread mod Threads, see LanePaths): its cash scratch.
            long path = paths.Path[lane];
            _lanes[lane].Begin(path, (int)(path % _recorder.Threads));
        }
    }

    /// <inheritdoc/>
    public bool Observe(in LaneView view)
    {
        for (int lane = 0; lane < Float512.Lanes; lane++)
        {
            if (_paths.IsValid(lane)) _lanes[lane].Observe(view.Step, (int)view.Regime[lane], new LaneStates(view, lane));
        }
        return true;
    }

    /// <inheritdoc/>
    public readonly void End()
    {
    }

    /// <summary>One scalar recorder per lane.</summary>
    [InlineArray(Float512.Lanes)]
    private struct Recorders
    {
        private BookRecorder<float, FloatMath> _first;
    }
}
