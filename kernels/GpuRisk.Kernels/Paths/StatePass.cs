namespace GpuRisk.Kernels.Paths;

/// <summary>The scalar inputs of a state pass: one underlying's paths to a horizon, one chunk.</summary>
public struct StatePass<T> where T : unmanaged
{
    /// <summary>Philox key.</summary>
    public ulong Seed;
    /// <summary>First path of the chunk.</summary>
    public long PathStart;
    /// <summary>Paths in the chunk.</summary>
    public int PathCount;
    /// <summary>Threads launched: thread t simulates chunk paths t, t + Threads, ... (grid-stride).</summary>
    public int Threads;
    /// <summary>Index of the underlying.</summary>
    public int Underlying;
    /// <summary>Steps to simulate.</summary>
    public int SimulatedSteps;
    /// <summary>Regimes in the table.</summary>
    public int RegimeCount;
    /// <summary>Regime on day 0.</summary>
    public int InitialRegime;
    /// <summary>The day whose regime is reported (the horizon's day).</summary>
    public int HorizonDay;
    /// <summary>1 when any regime has jumps.</summary>
    public int Jumps;
    /// <summary>Initial variance.</summary>
    public T V0;
}
