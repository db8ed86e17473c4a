namespace GpuRisk.Kernels.Random;

/// <summary>The four 32-bit words one Philox4x32-10 evaluation returns.</summary>
public struct PhiloxBlock
{
    /// <summary>Word 0.</summary>
    public uint X0;
    /// <summary>Word 1.</summary>
    public uint X1;
    /// <summary>Word 2.</summary>
    public uint X2;
    /// <summary>Word 3.</summary>
    public uint X3;

    /// <summary>A block from its four words.</summary>
    public PhiloxBlock(uint x0, uint x1, uint x2, uint x3)
    {
        X0 = x0;
        X1 = x1;
        X2 = x2;
        X3 = x3;
    }
}
