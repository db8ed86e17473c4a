namespace GpuRisk.Kernels.Paths;

/// <summary>The scalar inputs of one pricing pass: one underlying over one chunk of paths.</summary>
public struct PricingPass<T> where T : unmanaged
{
    /// <summary>Philox key.</summary>
    public ulong Seed;
    /// <summary>First path of the chunk (global path index).</summary>
    public long PathStart;
    /// <summary>One past the last path of the chunk.</summary>
    public long PathEnd;
    /// <summary>Accumulator slots: path p is summed into slot p mod Slots, whatever the chunking.</summary>
    public int Slots;
    /// <summary>Index of the underlying (its random streams and Cholesky row).</summary>
    public int Underlying;
    /// <summary>Steps in the coefficient table per variant.</summary>
    public int GridSteps;
    /// <summary>Steps to simulate (through the last expiry of this underlying).</summary>
    public int SimulatedSteps;
    /// <summary>Regimes in the table (1 for pricing).</summary>
    public int RegimeCount;
    /// <summary>Regime on day 0.</summary>
    public int InitialRegime;
    /// <summary>Options in this pass.</summary>
    public int OptionCount;
    /// <summary>1 to compute Greeks (vega's bumped paths, theta's expiry bumps), 0 for values only.</summary>
    public int Greeks;
    /// <summary>1 when any regime has jumps.</summary>
    public int Jumps;
    /// <summary>Initial variance.</summary>
    public T V0;
    /// <summary>Initial variance with sqrt(v0) + 0.01 (vega up).</summary>
    public T V0Up;
    /// <summary>Initial variance with sqrt(v0) - 0.01 (vega down).</summary>
    public T V0Down;
}
