using ILGPU;

namespace GpuRisk.Kernels.Paths;

/// <summary>One thread's normals in <see cref="WalkInputs{T}.Normals"/> ([(stream x 4 + k) x Threads + thread]).</summary>
public readonly struct ThreadNormals<T> : INormalsScratch<T> where T : unmanaged
{
    private readonly ArrayView<T> _normals;
    private readonly int _threads;
    private readonly int _thread;

    /// <summary>Thread <paramref name="thread"/>'s normals of <paramref name="w"/>.</summary>
    public ThreadNormals(in WalkInputs<T> w, int thread)
    {
        _normals = w.Normals;
        _threads = w.Threads;
        _thread = thread;
    }

    /// <inheritdoc/>
    public T this[int stream, int k]
    {
        get => _normals[(stream * 4 + k) * _threads + _thread];
        set => _normals[(stream * 4 + k) * _threads + _thread] = value;
    }
}
