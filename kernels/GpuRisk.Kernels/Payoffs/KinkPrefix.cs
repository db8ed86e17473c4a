namespace GpuRisk.Kernels.Payoffs;

/// <summary>
/// Entry j of a <see cref="PartSegment"/>: the segment's value at any X between kink j - 1 and kink j is
/// X CallSlope - CallOffset + PutOffset - X PutSlope, in USD. A call of weight c (USD per unit of X, discount
/// included) and kink k adds c (X - k) above k; a put adds c (k - X) below k.
/// </summary>
public struct KinkPrefix
{
    /// <summary>Kink j, in units of X (K / S0 at the spot the option is valued at); unused in the last entry.</summary>
    public double Strike;
    /// <summary>Sum of c over the calls with kinks below j.</summary>
    public double CallSlope;
    /// <summary>Sum of c k over the calls with kinks below j.</summary>
    public double CallOffset;
    /// <summary>Sum of c over the puts with kinks from j on.</summary>
    public double PutSlope;
    /// <summary>Sum of c k over the puts with kinks from j on.</summary>
    public double PutOffset;
}
