namespace GpuRisk.Kernels.Random;

/// <summary>The four 32-bit words one Philox4x32-10 evaluation returns (per lane, for a vector word type).</summary>
/// <typeparam name="TWord">uint, or a vector of uint (one block per lane).</typeparam>
public struct PhiloxBlock<TWord> where TWord : unmanaged
{
    /// <summary>Word 0.</summary>
    public TWord X0;
    /// <summary>Word 1.</summary>
    public TWord X1;
    /// <summary>Word 2.</summary>
    public TWord X2;
    /// <summary>Word 3.</summary>
    public TWord X3;

    /// <summary>A block from its four words.</summary>
    public PhiloxBlock(TWord x0, TWord x1, TWord x2, TWord x3)
    {
        X0 = x0;
        X1 = x1;
        X2 = x2;
        X3 = x3;
    }
}
